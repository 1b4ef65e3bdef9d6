import type { DelimitedOptions } from './delimitedOptions';
import { escapeLineField } from './escapeLineField';

export interface DelimitedWriteOptions extends DelimitedOptions {
  /** Start with U+FEFF, so that spreadsheet programs read the file as UTF-8. */
  readonly byteOrderMark: boolean;
  readonly lineEnding: '\r\n' | '\n';
}

/** Writes rows as CSV or TSV; every row ends with `lineEnding` (RFC 4180 uses CRLF). */
export function writeDelimitedText(
  rows: readonly (readonly string[])[],
  options: DelimitedWriteOptions,
): string {
  const protect =
    options.quoting === 'backslash'
      ? escapeLineField
      : (cell: string) =>
          /["\r\n]/.test(cell) || cell.includes(options.delimiter)
            ? `"${cell.replaceAll('"', '""')}"`
            : cell;
  const body = rows
    .map((row) => row.map(protect).join(options.delimiter) + options.lineEnding)
    .join('');
  return (options.byteOrderMark ? '\uFEFF' : '') + body;
}
