/** The evidence sources that `--without` can switch off, for ablations. */
export const EVIDENCE_NAMES = [
  'length',
  'dictionary',
  'glossary',
  'numbers',
  'names',
  'latin',
  'punctuation',
  'paragraphs',
  'headings',
  'learned',
] as const;

export type EvidenceName = (typeof EVIDENCE_NAMES)[number];
