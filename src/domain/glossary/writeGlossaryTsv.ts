import { writeDelimitedText } from '../delimited/writeDelimitedText';
import { GLOSSARY_COLUMN_NAMES, type GlossaryColumn } from './glossaryColumnNames';
import type { GlossaryEntry } from './glossaryEntry';

const COLUMNS: readonly GlossaryColumn[] = [
  'zh',
  'en',
  'status',
  'pos',
  'note',
  'entryNote',
  'entrySource',
  'domain',
  'definition',
  'variants',
  'created',
  'changed',
];

/**
 * Writes a glossary table that parseGlossaryTsv reads back: one row a rendering, UTF-8 with a
 * byte-order mark and CRLF line ends (spreadsheets), RFC 4180 quoting; TSV or CSV. Optional
 * columns are written only when some entry has a value for them.
 */
export function writeGlossaryTsv(
  entries: readonly GlossaryEntry[],
  format: 'tsv' | 'csv' = 'tsv',
): string {
  const value = (entry: GlossaryEntry, column: GlossaryColumn): string => {
    switch (column) {
      case 'zh':
        return entry.source;
      case 'en':
        return entry.target;
      case 'status':
        return entry.status ?? '';
      case 'pos':
        return entry.partOfSpeech;
      case 'note':
        return entry.note;
      case 'entryNote':
        return entry.entryNote ?? '';
      case 'entrySource':
        return entry.entrySource ?? '';
      case 'domain':
        return entry.domain ?? '';
      case 'definition':
        return entry.definition ?? '';
      case 'variants':
        return (entry.sourceVariants ?? []).join('; ');
      case 'created':
        return entry.createdAt === undefined ? '' : new Date(entry.createdAt).toISOString();
      case 'changed':
        return entry.changedAt === undefined ? '' : new Date(entry.changedAt).toISOString();
    }
  };
  // Lines that keep the concept's note apart need the column wherever there is any note, or the
  // reader would take the first rendering's note for the concept's.
  const needsEntryNote =
    entries.some((entry) => entry.entryNote !== undefined) &&
    entries.some((entry) => entry.note !== '' || (entry.entryNote ?? '') !== '');
  const columns = COLUMNS.filter(
    (column) =>
      column === 'zh' ||
      column === 'en' ||
      (column === 'entryNote' && needsEntryNote) ||
      entries.some((entry) => value(entry, column) !== ''),
  );
  const rows = [
    columns.map((column) => GLOSSARY_COLUMN_NAMES[column][0] ?? column),
    ...entries.map((entry) => columns.map((column) => value(entry, column))),
  ];
  return writeDelimitedText(rows, {
    delimiter: format === 'csv' ? ',' : '\t',
    quoting: 'rfc4180',
    byteOrderMark: true,
    lineEnding: '\r\n',
  });
}
