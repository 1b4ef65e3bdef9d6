/**
 * How cells are separated and protected:
 * - `rfc4180`: a cell holding the delimiter, a quote or a line break is quoted, quotes doubled
 *   (spreadsheets, glossaries);
 * - `backslash`: never quoted; a tab, line break or backslash inside a cell is written `\t`, `\n`,
 *   `\r`, `\\` (and other line separators `\uXXXX`), so one line is always one row (parallel text).
 */
export type DelimitedQuoting = 'rfc4180' | 'backslash';

export interface DelimitedOptions {
  readonly delimiter: ',' | '\t';
  readonly quoting: DelimitedQuoting;
}

/** One row as read, with the 1-based line it starts on. */
export interface DelimitedRow {
  readonly cells: readonly string[];
  readonly line: number;
}
