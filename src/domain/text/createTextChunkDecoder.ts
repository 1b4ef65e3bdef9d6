import { decodeWindows1252 } from './decodeWindows1252';
import type { TextEncodingName } from './textEncodingName';
import { TextFileError } from './TextFileError';

export interface TextChunkDecoder {
  /**
   * Decodes the next bytes of a file (a character may be cut between two calls); the call with
   * `isLast` ends the file. Throws a TextFileError: 'binary' at a NUL or, at the end, when one in
   * a hundred characters is a control character; 'empty' at the end of a blank file; at bytes that
   * are not valid in the encoding, 'undecodable' within the detection sample, 'mixedEncodings'
   * (with the line) after it.
   */
  decode(bytes: Uint8Array, isLast: boolean): string;
}

const TAB = 0x09;
const LINE_FEED = 0x0a;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const DELETE = 0x7f;
const NOT_WHITESPACE = /\S/u;

function countControlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const isAllowed =
      code === TAB || code === LINE_FEED || code === FORM_FEED || code === CARRIAGE_RETURN;
    if (!isAllowed && (code < 0x20 || code === DELETE)) count += 1;
  }
  return count;
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    count += 1;
  return count;
}

const nulError = () =>
  new TextFileError(
    'binary',
    'The file looks binary (it contains NUL characters), not like plain text. If it is text, save it again as UTF-8.',
  );

/**
 * A strict, streaming decoder for a file in `encoding` (bytes after any byte-order mark), which
 * keeps the checks that make a file text. `sampleLength`: how many bytes the encoding was
 * detected on; an invalid byte after them means the file mixes encodings.
 */
export function createTextChunkDecoder(
  encoding: TextEncodingName,
  sampleLength = Number.POSITIVE_INFINITY,
): TextChunkDecoder {
  const decoder =
    encoding === 'windows-1252'
      ? null
      : new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let bytesBefore = 0;
  let lineFeedsBefore = 0;
  let characters = 0;
  let controls = 0;
  let hasText = false;

  function invalidBytes(bytes: Uint8Array): TextFileError {
    const name = encoding.toUpperCase();
    if (bytesBefore + bytes.length <= sampleLength) {
      return new TextFileError(
        'undecodable',
        `The file is not valid ${name} text. Save it as UTF-8 plain text and try again.`,
      );
    }
    const lenient = new TextDecoder(encoding).decode(bytes, { stream: true });
    const firstInvalid = lenient.indexOf('\ufffd');
    const line = lineFeedsBefore + countLineFeeds(lenient.slice(0, Math.max(firstInvalid, 0))) + 1;
    return new TextFileError(
      'mixedEncodings',
      `The file begins in ${name} but is not valid ${name} from about line ${line} on: it mixes encodings. Save it as UTF-8 plain text and try again.`,
      { encoding, line },
    );
  }

  return {
    decode(bytes, isLast) {
      let text: string;
      if (decoder === null) text = decodeWindows1252(bytes);
      else {
        try {
          text = decoder.decode(bytes, { stream: !isLast });
        } catch {
          throw invalidBytes(bytes);
        }
      }
      if (text.includes('\u0000')) throw nulError();
      bytesBefore += bytes.length;
      lineFeedsBefore += countLineFeeds(text);
      characters += text.length;
      controls += countControlCharacters(text);
      hasText ||= NOT_WHITESPACE.test(text);
      if (isLast && controls >= 2 && controls * 100 > characters) {
        throw new TextFileError(
          'binary',
          `The file looks binary (it contains ${controls} control characters), not like plain text.`,
        );
      }
      if (isLast && !hasText) throw new TextFileError('empty', 'The file contains no text.');
      return text;
    },
  };
}
