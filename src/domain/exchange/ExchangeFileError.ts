/** Why a set of chosen files cannot be read as parallel text at all (before their content). */
export type ExchangeFileErrorCode = 'unknownFormat' | 'termbase' | 'mosesPair' | 'tooManyFiles';

export class ExchangeFileError extends Error {
  override readonly name = 'ExchangeFileError';
  readonly code: ExchangeFileErrorCode;
  /** The file concerned. */
  readonly fileName: string;

  constructor(code: ExchangeFileErrorCode, fileName = '') {
    super(`${code}${fileName === '' ? '' : ` (${fileName})`}`);
    this.code = code;
    this.fileName = fileName;
  }
}
