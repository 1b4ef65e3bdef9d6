/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control characters. */
const WINDOWS_1252_HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const LATIN_1_HIGH_CONTROL = /[\u0080-\u009f]/g;

/**
 * Decodes Windows-1252 bytes (which every byte sequence is). Node's TextDecoder reads the label
 * as ISO-8859-1, browsers as Windows-1252; mapping 0x80–0x9F here gives the same text in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(
      LATIN_1_HIGH_CONTROL,
      (control) => WINDOWS_1252_HIGH_CONTROLS.charAt(control.charCodeAt(0) - 0x80) || control,
    );
}
