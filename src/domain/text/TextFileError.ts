import type { RefusedEncodingName, TextEncodingName } from './textEncodingName';

export type TextFileErrorReason =
  'empty' | 'tooLarge' | 'binary' | 'undecodable' | 'otherEncoding' | 'mixedEncodings';

export interface TextFileErrorDetails {
  /** For 'otherEncoding': the encoding the bytes most likely are in. */
  readonly likelyEncoding?: RefusedEncodingName;
  /** For 'mixedEncodings': the encoding of the file's beginning, and the line where it stops fitting. */
  readonly encoding?: TextEncodingName;
  readonly line?: number;
}

/** Why a file cannot be read as text; `reason` is for translated UI messages, `message` for the CLI. */
export class TextFileError extends Error {
  override readonly name = 'TextFileError';
  readonly reason: TextFileErrorReason;
  readonly details: TextFileErrorDetails;

  constructor(reason: TextFileErrorReason, message: string, details: TextFileErrorDetails = {}) {
    super(message);
    this.reason = reason;
    this.details = details;
  }
}
