import { checkTextFileSize } from './checkTextFileSize';
import { createTextChunkDecoder } from './createTextChunkDecoder';
import { detectTextEncoding } from './detectTextEncoding';
import { DETECTION_SAMPLE_BYTES, findDetectionSample } from './findDetectionSample';
import type { TextEncodingName } from './textEncodingName';
import { TextFileError } from './TextFileError';

export { checkTextFileSize, MAX_TEXT_FILE_BYTES } from './checkTextFileSize';
export type { TextEncodingName } from './textEncodingName';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes a whole text file's bytes as the browser import does a file read in chunks: the
 * encoding found by detectTextEncoding on the detection sample (byte-order mark removed), then a
 * strict decoding of every byte. Throws a TextFileError when the file is too large, empty or
 * blank, binary, in an encoding that is neither Chinese nor Unicode nor Windows-1252, or not
 * valid in the encoding of its beginning.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  checkTextFileSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new TextFileError('empty', 'The file is empty.');
  const sample = findDetectionSample(bytes) ?? {
    start: 0,
    bytes: bytes.subarray(0, DETECTION_SAMPLE_BYTES),
  };
  const isWholeFile = sample.start === 0 && sample.bytes.length === bytes.length;
  const { encoding, byteOrderMarkLength } = detectTextEncoding(sample.bytes, isWholeFile);
  const decoder = createTextChunkDecoder(encoding, sample.start + sample.bytes.length);
  return { text: decoder.decode(bytes.subarray(byteOrderMarkLength), true), encoding };
}
