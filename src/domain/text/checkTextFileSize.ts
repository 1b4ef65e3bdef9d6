import { TextFileError } from './TextFileError';

export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/** Throws a `tooLarge` TextFileError when a file of this size should not even be read. */
export function checkTextFileSize(byteLength: number): void {
  if (byteLength > MAX_TEXT_FILE_BYTES) {
    const megabytes = (byteLength / 1024 / 1024).toFixed(1);
    throw new TextFileError(
      'tooLarge',
      `The file is too large (${megabytes} MB); text files of up to ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB can be opened.`,
    );
  }
}
