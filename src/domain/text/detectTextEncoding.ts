import { decodeWindows1252 } from './decodeWindows1252';
import type { RefusedEncodingName, TextEncodingName } from './textEncodingName';
import { TextFileError } from './TextFileError';

export interface DetectedEncoding {
  readonly encoding: TextEncodingName;
  /** Bytes of the byte-order mark at the start of the file, to skip before decoding. */
  readonly byteOrderMarkLength: number;
}

type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-jp' | 'euc-kr';

const BYTE_ORDER_MARKS: readonly (readonly [readonly number[], TextEncodingName])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

const MIN_CHARACTERS_TO_REFUSE = 20;

const inRange = (value: number, low: number, high: number): boolean =>
  value >= low && value <= high;

/**
 * Where each double-byte encoding keeps its everyday characters: GB2312's symbols and hanzi,
 * Big5's symbols and level-1 hanzi, EUC-KR's symbols and Hangul, JIS symbols, kana and level-1
 * kanji. Text in another encoding decoded with these tables lands mostly outside them.
 */
const COMMON_CHARACTERS: Readonly<
  Record<LegacyEncoding, (lead: number, trail: number) => boolean>
> = {
  gb18030: (lead, trail) =>
    (inRange(lead, 0xa1, 0xa9) || inRange(lead, 0xb0, 0xf7)) && inRange(trail, 0xa1, 0xfe),
  big5: (lead, trail) =>
    inRange(lead, 0xa1, 0xc6) && (inRange(trail, 0x40, 0x7e) || inRange(trail, 0xa1, 0xfe)),
  'euc-kr': (lead, trail) =>
    (inRange(lead, 0xa1, 0xac) || inRange(lead, 0xb0, 0xc8)) && inRange(trail, 0xa1, 0xfe),
  'euc-jp': (lead, trail) =>
    (inRange(lead, 0xa1, 0xa5) || inRange(lead, 0xb0, 0xcf)) && inRange(trail, 0xa1, 0xfe),
  shift_jis: (lead, trail) =>
    (inRange(lead, 0x81, 0x84) || inRange(lead, 0x88, 0x98)) &&
    (inRange(trail, 0x40, 0x7e) || inRange(trail, 0x80, 0xfc)),
};

interface DoubleByteProfile {
  /** Multi-byte characters in the sample. */
  readonly characters: number;
  /** Their share in the encoding's everyday range (see COMMON_CHARACTERS). */
  readonly commonShare: number;
  /** Share of characters whose lead byte is in the given range. */
  readonly leadShare: (low: number, high: number) => number;
}

function profileOf(sample: Uint8Array, encoding: LegacyEncoding): DoubleByteProfile {
  const isCommon = COMMON_CHARACTERS[encoding];
  const leads: number[] = [];
  let common = 0;
  let index = 0;
  while (index < sample.length) {
    const lead = sample[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    if (encoding === 'shift_jis' && inRange(lead, 0xa1, 0xdf)) {
      leads.push(lead);
      index += 1;
      continue;
    }
    const trail = sample[index + 1];
    if (trail === undefined) break;
    leads.push(lead);
    if (isCommon(lead, trail)) common += 1;
    index += encoding === 'gb18030' && inRange(trail, 0x30, 0x39) ? 4 : 2;
  }
  const characters = leads.length;
  return {
    characters,
    commonShare: characters === 0 ? 0 : common / characters,
    leadShare: (low, high) =>
      characters === 0 ? 0 : leads.filter((lead) => inRange(lead, low, high)).length / characters,
  };
}

interface HighByteRuns {
  readonly highBytes: number;
  /** Share of runs of consecutive bytes ≥ 0x80 that are one or two bytes long. */
  readonly shortRunShare: number;
  readonly meanRunLength: number;
}

function highByteRunsOf(sample: Uint8Array): HighByteRuns {
  let runs = 0;
  let shortRuns = 0;
  let highBytes = 0;
  let runLength = 0;
  const endRun = () => {
    if (runLength === 0) return;
    runs += 1;
    if (runLength <= 2) shortRuns += 1;
    runLength = 0;
  };
  for (const byte of sample) {
    if (byte >= 0x80) {
      highBytes += 1;
      runLength += 1;
    } else endRun();
  }
  endRun();
  return {
    highBytes,
    shortRunShare: runs === 0 ? 0 : shortRuns / runs,
    meanRunLength: runs === 0 ? 0 : highBytes / runs,
  };
}

function decodeOrNull(sample: Uint8Array, encoding: string, isWholeFile: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(sample, {
      stream: !isWholeFile,
    });
  } catch {
    return null;
  }
}

/** Share of the characters beyond ASCII that match `pattern` (1 when there are none). */
function shareBeyondAscii(text: string, pattern: RegExp): number {
  let beyond = 0;
  let matching = 0;
  for (const character of text) {
    if ((character.codePointAt(0) ?? 0) < 0x80) continue;
    beyond += 1;
    if (pattern.test(character)) matching += 1;
  }
  return beyond === 0 ? 1 : matching / beyond;
}

const LATIN_TEXT_CHARACTER = /^[\p{Script=Latin}\p{P}\p{S}\p{N}\p{Zs}]$/u;
const CYRILLIC_LETTER = /^\p{Script=Cyrillic}$/u;
const CHINESE_TEXT_CHARACTER =
  /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\u00d7\u00f7]$/u;

/**
 * UTF-16 text of any language holds a zero byte beside every ASCII character; the byte order
 * whose decoding looks like text wins, the zero bytes' side deciding between two that both do.
 */
function detectUtf16WithoutMark(sample: Uint8Array, isWholeFile: boolean): TextEncodingName | null {
  const evenLength = sample.length - (sample.length % 2);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < evenLength; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const orders: readonly TextEncodingName[] =
    oddZeros >= evenZeros ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  const bytes = isWholeFile ? sample : sample.subarray(0, evenLength);
  return (
    orders.find((encoding) => {
      const text = decodeOrNull(bytes, encoding, isWholeFile);
      return text !== null && !text.includes('\u0000') && textLikeShare(text) >= 0.9;
    }) ?? null
  );
}

/** Share of the characters in the blocks that text is written in; U+xx00 counts against. */
function textLikeShare(text: string): number {
  let total = 0;
  let textLike = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    total += 1;
    const isTextLike =
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0d ||
      inRange(code, 0x20, 0x7e) ||
      (code >= 0xa0 && (code & 0xff) !== 0 && isInTextBlock(code)) ||
      code === 0x4e00;
    if (isTextLike) textLike += 1;
  }
  return total === 0 ? 0 : textLike / total;
}

function isInTextBlock(code: number): boolean {
  return (
    inRange(code, 0xa0, 0x24f) ||
    inRange(code, 0x370, 0x4ff) ||
    inRange(code, 0x2000, 0x206f) ||
    inRange(code, 0x3000, 0x30ff) ||
    inRange(code, 0x4e00, 0x9fff) ||
    inRange(code, 0xac00, 0xd7a3) ||
    inRange(code, 0xff00, 0xffef) ||
    code > 0xffff
  );
}

function otherEncoding(likelyEncoding: RefusedEncodingName, description: string): TextFileError {
  return new TextFileError(
    'otherEncoding',
    `The file looks like ${description} (${likelyEncoding}), not Chinese or Unicode text. Save it as UTF-8 and try again.`,
    { likelyEncoding },
  );
}

function detectLegacyEncoding(sample: Uint8Array, isWholeFile: boolean): TextEncodingName {
  const isValid = (encoding: string) => decodeOrNull(sample, encoding, isWholeFile) !== null;
  const gb = isValid('gb18030') ? profileOf(sample, 'gb18030') : null;
  const big5 = isValid('big5') ? profileOf(sample, 'big5') : null;

  if (gb !== null && gb.commonShare >= 0.8) {
    // Decided only on enough characters: a few are as likely Chinese as anything else.
    const hasEvidence = gb.characters >= MIN_CHARACTERS_TO_REFUSE;
    const kanaShare = gb.leadShare(0xa4, 0xa5);
    if (hasEvidence && kanaShare >= 0.1 && isValid('euc-jp'))
      throw otherEncoding('euc-jp', 'Japanese text in EUC-JP');
    const korean = hasEvidence && isValid('euc-kr') ? profileOf(sample, 'euc-kr') : null;
    if (
      korean !== null &&
      korean.leadShare(0xb0, 0xc8) >= 0.6 &&
      korean.leadShare(0xc9, 0xfe) < 0.05
    )
      throw otherEncoding('euc-kr', 'Korean text in EUC-KR');
    // GB2312's rows A4 and A5 are kana, Big5's are its most frequent hanzi.
    const isBetterThanBig5 =
      big5 === null ||
      gb.commonShare > big5.commonShare ||
      (gb.commonShare === big5.commonShare && kanaShare === 0);
    if (isBetterThanBig5) return 'gb18030';
  }
  if (big5 !== null && big5.commonShare >= 0.8) return 'big5';
  if (isValid('shift_jis') && profileOf(sample, 'shift_jis').commonShare >= 0.8)
    throw otherEncoding('shift_jis', 'Japanese text in Shift_JIS');

  const runs = highByteRunsOf(sample);
  const asWindows1252 = decodeWindows1252(sample);
  if (runs.shortRunShare >= 0.8 && shareBeyondAscii(asWindows1252, LATIN_TEXT_CHARACTER) >= 0.95)
    return 'windows-1252';
  const asWindows1251 = decodeOrNull(sample, 'windows-1251', true) ?? '';
  if (
    runs.highBytes >= 16 &&
    runs.meanRunLength >= 3 &&
    shareBeyondAscii(asWindows1251, CYRILLIC_LETTER) >= 0.8
  )
    throw otherEncoding('windows-1251', 'Cyrillic text in a single-byte encoding');

  const asGb18030 = gb === null ? null : decodeOrNull(sample, 'gb18030', isWholeFile);
  if (asGb18030 !== null && shareBeyondAscii(asGb18030, CHINESE_TEXT_CHARACTER) >= 0.9)
    return 'gb18030';
  throw new TextFileError(
    'undecodable',
    'The file is not valid UTF-8 or UTF-16 text, and it does not read as Chinese in GB18030 or Big5, nor as Western text in Windows-1252. Save it as UTF-8 plain text and try again.',
  );
}

function nulError(): TextFileError {
  return new TextFileError(
    'binary',
    'The file looks binary (it contains NUL bytes), not like plain text. If it is text, save it again as UTF-8.',
  );
}

/**
 * Finds the encoding of a text file from its first bytes (`sample`; `isWholeFile` when they are
 * all of it): a byte-order mark decides; else UTF-16 without a mark from its zero bytes; else
 * strict UTF-8; else the legacy encoding whose everyday characters the bytes read as: GB18030
 * (GBK, GB2312) or Big5 for Chinese, Windows-1252 for Western text. Japanese, Korean and Cyrillic
 * encodings are recognised to be refused by name.
 * Throws a TextFileError: 'binary', 'otherEncoding' (with details.likelyEncoding) or 'undecodable'.
 */
export function detectTextEncoding(sample: Uint8Array, isWholeFile: boolean): DetectedEncoding {
  for (const [mark, encoding] of BYTE_ORDER_MARKS) {
    if (mark.every((byte, index) => sample[index] === byte))
      return { encoding, byteOrderMarkLength: mark.length };
  }
  if (sample.includes(0)) {
    const encoding = detectUtf16WithoutMark(sample, isWholeFile);
    if (encoding === null) throw nulError();
    return { encoding, byteOrderMarkLength: 0 };
  }
  if (decodeOrNull(sample, 'utf-8', isWholeFile) !== null)
    return { encoding: 'utf-8', byteOrderMarkLength: 0 };
  return { encoding: detectLegacyEncoding(sample, isWholeFile), byteOrderMarkLength: 0 };
}
