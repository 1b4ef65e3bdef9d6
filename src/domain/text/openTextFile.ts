import { checkTextFileSize } from './checkTextFileSize';
import { createTextChunkDecoder } from './createTextChunkDecoder';
import { detectTextEncoding } from './detectTextEncoding';
import { readDetectionSample } from './readDetectionSample';
import type { TextEncodingName } from './textEncodingName';
import { TextFileError } from './TextFileError';

const CHUNK_BYTES = 1024 * 1024;

export interface OpenedTextFile {
  readonly encoding: TextEncodingName;
  /** The file's text, decoded a chunk at a time (throwing the decoder's TextFileError). */
  readonly pieces: () => AsyncGenerator<string, void, undefined>;
  /** Bytes read so far by `pieces`, of `size`. */
  readonly bytesRead: () => number;
  readonly size: number;
}

/**
 * Opens a text file for reading in chunks: checks its size, detects its encoding on the
 * detection sample (see decodeTextFile, which does the same with a whole file's bytes).
 * Throws the TextFileError of checkTextFileSize or detectTextEncoding.
 */
export async function openTextFile(file: Blob, chunkBytes = CHUNK_BYTES): Promise<OpenedTextFile> {
  checkTextFileSize(file.size);
  if (file.size === 0) throw new TextFileError('empty', 'The file is empty.');
  const sample = await readDetectionSample(file);
  const isWholeFile = sample.start === 0 && sample.bytes.length === file.size;
  const { encoding, byteOrderMarkLength } = detectTextEncoding(sample.bytes, isWholeFile);
  let bytesRead = 0;
  async function* pieces(): AsyncGenerator<string, void, undefined> {
    const decoder = createTextChunkDecoder(encoding, sample.start + sample.bytes.length);
    bytesRead = byteOrderMarkLength;
    do {
      const end = Math.min(bytesRead + chunkBytes, file.size);
      const bytes = new Uint8Array(await file.slice(bytesRead, end).arrayBuffer());
      bytesRead = end;
      yield decoder.decode(bytes, end === file.size);
    } while (bytesRead < file.size);
  }
  return { encoding, pieces, bytesRead: () => bytesRead, size: file.size };
}
