import { createXmlStreamReader, type XmlStreamHandlers } from './createXmlStreamReader';
import type { XmlInput } from './xmlNode';

const PIECE_LENGTH = 1 << 16;

/**
 * Reads a whole XML input through `handlers`; `onProgress` hears how many characters have been
 * read so far, after each piece (a long string is read in pieces of 64 K characters).
 */
export async function readXmlStream(
  input: XmlInput,
  handlers: XmlStreamHandlers,
  onProgress?: (charactersRead: number) => void,
): Promise<void> {
  const reader = createXmlStreamReader(handlers);
  let charactersRead = 0;
  const read = (piece: string) => {
    reader.write(piece);
    charactersRead += piece.length;
    onProgress?.(charactersRead);
  };
  if (typeof input === 'string') {
    let start = 0;
    while (start < input.length) {
      let end = Math.min(start + PIECE_LENGTH, input.length);
      if (end < input.length && isHighSurrogate(input.charCodeAt(end - 1))) end += 1;
      read(input.slice(start, end));
      start = end;
    }
  } else {
    for await (const piece of input) read(piece);
  }
  reader.close();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
