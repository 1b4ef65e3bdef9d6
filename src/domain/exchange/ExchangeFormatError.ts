/**
 * Why an exchange file was refused although it was well-formed: `code` for translated messages,
 * `line` (1-based, 0 when the whole file is concerned) and `subject` (an element, a column, a
 * language) to say where and what.
 */
export type ExchangeFormatErrorCode =
  | 'unknownFormat'
  | 'wrongRoot'
  | 'missingElement'
  | 'missingAttribute'
  | 'missingLanguage'
  | 'missingSegment'
  | 'duplicateId'
  | 'badValue'
  | 'badJson'
  | 'lineCountMismatch'
  | 'languageMismatch';

export class ExchangeFormatError extends Error {
  override readonly name = 'ExchangeFormatError';
  readonly code: ExchangeFormatErrorCode;
  readonly line: number;
  readonly subject: string;

  constructor(code: ExchangeFormatErrorCode, line = 0, subject = '') {
    super(`${code}${line === 0 ? '' : ` on line ${line}`}${subject === '' ? '' : ` (${subject})`}`);
    this.code = code;
    this.line = line;
    this.subject = subject;
  }
}
