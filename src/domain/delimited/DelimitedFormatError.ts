/**
 * Why a delimited (CSV, TSV) file was refused, and where (1-based): `code` is for translated
 * messages, the English message for logs and the command line.
 */
export type DelimitedFormatErrorCode =
  | 'unclosedQuote'
  | 'textAfterQuote'
  | 'missingHeader'
  | 'missingColumn'
  | 'emptyCell'
  | 'badValue'
  | 'extraCells';

/** Each refusal in English, completed by the subject (a column name) where there is one. */
export const DELIMITED_PROBLEMS: Readonly<Record<DelimitedFormatErrorCode, string>> = {
  unclosedQuote: 'a quoted cell is never closed',
  textAfterQuote: 'text follows the closing quote of a cell',
  missingHeader: 'the file is empty; it needs a header row',
  missingColumn: 'the header row has no column named',
  emptyCell: 'an empty cell in the column',
  badValue: 'a value it cannot read in the column',
  extraCells:
    'more cells than the header names columns (an unquoted delimiter?), the first extra one:',
};

export class DelimitedFormatError extends Error {
  override readonly name = 'DelimitedFormatError';
  readonly code: DelimitedFormatErrorCode;
  readonly line: number;
  /** The column (header name) or value concerned, when there is one. */
  readonly subject: string;

  constructor(code: DelimitedFormatErrorCode, line: number, subject = '') {
    super(`line ${line}: ${DELIMITED_PROBLEMS[code]}${subject === '' ? '' : ` "${subject}"`}.`);
    this.code = code;
    this.line = line;
    this.subject = subject;
  }
}
