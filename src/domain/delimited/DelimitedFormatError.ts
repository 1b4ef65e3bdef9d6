/**
 * Why a delimited (CSV, TSV) file was refused, and where (1-based): `code` is for translated
 * messages, the English message for logs and the command line.
 */
export type DelimitedFormatErrorCode =
  'unclosedQuote' | 'textAfterQuote' | 'missingHeader' | 'missingColumn' | 'emptyCell' | 'badValue';

export class DelimitedFormatError extends Error {
  override readonly name = 'DelimitedFormatError';
  readonly code: DelimitedFormatErrorCode;
  readonly line: number;
  /** The column (header name) or value concerned, when there is one. */
  readonly subject: string;

  constructor(code: DelimitedFormatErrorCode, line: number, subject = '') {
    super(`${code} on line ${line}${subject === '' ? '' : ` (${subject})`}`);
    this.code = code;
    this.line = line;
    this.subject = subject;
  }
}
