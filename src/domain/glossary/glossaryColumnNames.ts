export type GlossaryColumn =
  | 'zh'
  | 'en'
  | 'status'
  | 'pos'
  | 'note'
  | 'entryNote'
  | 'entrySource'
  | 'domain'
  | 'definition'
  | 'variants'
  | 'created'
  | 'changed';

/** The header names a glossary table may give each column (lower case); the first is what we write. */
export const GLOSSARY_COLUMN_NAMES: Readonly<Record<GlossaryColumn, readonly string[]>> = {
  zh: ['zh', 'chinese', 'source', 'term', 'chinese term', 'zh-cn', 'zh-hans'],
  en: ['en', 'english', 'target', 'rendering', 'english rendering', 'en-us', 'en-gb'],
  status: ['status', 'usage status'],
  pos: ['pos', 'part of speech', 'partofspeech'],
  note: ['note', 'notes', 'comment'],
  entryNote: ['entry note', 'concept note'],
  entrySource: ['entry source', 'concept source', 'reference'],
  domain: ['domain', 'subject', 'subject field'],
  definition: ['definition'],
  variants: ['variants', 'zh variants'],
  created: ['created', 'creation date'],
  changed: ['changed', 'modified', 'change date'],
};
