import { writeDelimitedText } from '../delimited/writeDelimitedText';
import { BITEXT_COLUMNS, type BitextColumn } from './bitextColumns';
import type { ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import type { ExchangeWriteOptions } from './exchangeWriteOptions';

/**
 * A parallel-text table: a header naming the two languages (`zh-CN`, `en`) and `status`, `note`,
 * then `id`, `file`, `author`, `created`, `changed` when some unit has them; one unit a row.
 * TSV keeps one unit a line (a tab, line break or backslash inside a text is written `\t`, `\n`,
 * `\r`, `\\`); CSV is for spreadsheets (RFC 4180 quoting, UTF-8 with a BOM, CRLF). Inline codes
 * are not written (a table holds text only).
 */
export function writeBitextTable(
  document: ExchangeDocument,
  format: 'tsv' | 'csv',
  options: ExchangeWriteOptions = {},
): string {
  const units = document.units.filter(
    (unit) => options.includeUntranslated !== false || unit.target !== '',
  );
  const value = (unit: ExchangeUnit, column: BitextColumn): string => {
    switch (column) {
      case 'status':
        return unit.status;
      case 'note':
        return unit.note;
      case 'id':
        return unit.id ?? '';
      case 'file':
        return unit.file ?? '';
      case 'author':
        return unit.author ?? '';
      case 'created':
        return unit.createdAt === undefined ? '' : new Date(unit.createdAt).toISOString();
      case 'changed':
        return unit.changedAt === undefined ? '' : new Date(unit.changedAt).toISOString();
    }
  };
  const columns = BITEXT_COLUMNS.filter(
    (column) =>
      column === 'status' || column === 'note' || units.some((unit) => value(unit, column) !== ''),
  );
  const rows = [
    [document.sourceLang, document.targetLang, ...columns],
    ...units.map((unit) => [
      unit.source,
      unit.target,
      ...columns.map((column) => value(unit, column)),
    ]),
  ];
  return format === 'csv'
    ? writeDelimitedText(rows, {
        delimiter: ',',
        quoting: 'rfc4180',
        byteOrderMark: true,
        lineEnding: '\r\n',
      })
    : writeDelimitedText(rows, {
        delimiter: '\t',
        quoting: 'backslash',
        byteOrderMark: false,
        lineEnding: '\n',
      });
}
