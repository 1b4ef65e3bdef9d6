import { checkTextFileSize } from './checkTextFileSize';
import { TextFileError } from './TextFileError';

export { checkTextFileSize, MAX_TEXT_FILE_BYTES } from './checkTextFileSize';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const TAB = 0x09;
const LINE_FEED = 0x0a;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const DELETE = 0x7f;

function isControlCharacter(code: number): boolean {
  if (code === TAB || code === LINE_FEED || code === FORM_FEED || code === CARRIAGE_RETURN)
    return false;
  return code < 0x20 || code === DELETE;
}

function countControlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isControlCharacter(text.charCodeAt(index))) count += 1;
  }
  return count;
}

function nulError(): TextFileError {
  return new TextFileError(
    'binary',
    'The file looks binary (it contains NUL bytes). If it is UTF-16 text, save it again with a byte-order mark or as UTF-8.',
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeStrictly(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function rejectBinary(text: string): void {
  if (text.includes('\u0000')) throw nulError();
  const controls = countControlCharacters(text);
  if (controls >= 2 && controls * 100 > text.length) {
    throw new TextFileError(
      'binary',
      `The file looks binary (it contains ${controls} control characters), not like plain text.`,
    );
  }
}

function finish(text: string, encoding: TextEncodingName): DecodedText {
  rejectBinary(text);
  if (text.trim() === '') {
    throw new TextFileError('empty', 'The file contains no text.');
  }
  return { text, encoding };
}

function undecodable(encoding: string): TextFileError {
  return new TextFileError(
    'undecodable',
    `The file is not valid ${encoding} text. Save it as UTF-8 (or GB18030/GBK) plain text and try again.`,
  );
}

/**
 * Decodes a text file's bytes: a UTF-8 or UTF-16 byte-order mark decides (and is removed);
 * otherwise strict UTF-8, then strict GB18030 (which covers GBK). Throws a TextFileError
 * when the file is empty or blank, too large, binary, or valid in none of these encodings.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  checkTextFileSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new TextFileError('empty', 'The file is empty.');
  const boms: readonly [readonly number[], TextEncodingName][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of boms) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeStrictly(bytes.subarray(bom.length), encoding);
    if (text === null) throw undecodable(encoding.toUpperCase());
    if (text === '') throw new TextFileError('empty', 'The file contains no text.');
    return finish(text, encoding);
  }
  if (bytes.includes(0)) throw nulError();
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const gb18030 = decodeStrictly(bytes, 'gb18030');
  if (gb18030 !== null) return finish(gb18030, 'gb18030');
  throw undecodable('UTF-8 or GB18030');
}
