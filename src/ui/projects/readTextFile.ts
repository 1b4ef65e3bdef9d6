import { checkTextFileSize } from '../../domain/text/checkTextFileSize';
import { decodeTextFile, type DecodedText } from '../../domain/text/decodeTextFile';

/**
 * Reads an opened file as text, refusing one over the size limit before reading any byte.
 * Throws the TextFileError of checkTextFileSize or decodeTextFile.
 */
export async function readTextFile(file: Blob): Promise<DecodedText> {
  checkTextFileSize(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeTextFile(bytes);
}
