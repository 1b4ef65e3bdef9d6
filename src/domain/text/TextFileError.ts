export type TextFileErrorReason = 'empty' | 'tooLarge' | 'binary' | 'undecodable';

/** Why a file cannot be read as text; `reason` is for translated UI messages, `message` for the CLI. */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
  readonly reason: TextFileErrorReason;

  constructor(reason: TextFileErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
