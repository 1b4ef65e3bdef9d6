/** The encodings a text file is decoded from (WHATWG labels). */
export const TEXT_ENCODING_NAMES = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'windows-1252',
] as const;
export type TextEncodingName = (typeof TEXT_ENCODING_NAMES)[number];

/** Encodings recognised only to refuse the file with their name: neither Chinese nor Unicode. */
export const REFUSED_ENCODING_NAMES = ['shift_jis', 'euc-jp', 'euc-kr', 'windows-1251'] as const;
export type RefusedEncodingName = (typeof REFUSED_ENCODING_NAMES)[number];
