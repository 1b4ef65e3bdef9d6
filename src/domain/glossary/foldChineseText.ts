import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });
/** Folded UTF-16 unit by unit; 0 until a unit is first seen. */
const foldTable = new Uint16Array(0x10000);
const CHUNK = 0x2000;

/**
 * The text with each character folded for term matching: traditional to simplified characters,
 * full-width letters, digits and the ideographic space to their half-width forms, Latin letters to lower
 * case. Every UTF-16 unit maps to one unit, so offsets in the result are offsets in the text.
 */
export function foldChineseText(text: string): string {
  let units: Uint16Array | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let fold = foldTable[code] ?? 0;
    if (fold === 0) {
      fold = foldCode(code);
      foldTable[code] = fold;
    }
    if (fold !== code && units === undefined) {
      units = new Uint16Array(text.length);
      for (let before = 0; before < index; before += 1) units[before] = text.charCodeAt(before);
    }
    if (units !== undefined) units[index] = fold;
  }
  if (units === undefined) return text;
  let result = '';
  for (let start = 0; start < units.length; start += CHUNK)
    result += String.fromCharCode(...units.subarray(start, start + CHUNK));
  return result;
}

function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code === 0x3000) return 0x20;
  if (isFullWidthLetterOrDigit(code)) return foldCode(code - 0xfee0);
  if (code < 0x3400 || (code >= 0xd800 && code <= 0xdfff)) return code;
  const simplified = toSimplified(String.fromCharCode(code));
  return simplified.length === 1 ? simplified.charCodeAt(0) : code;
}

function isFullWidthLetterOrDigit(code: number): boolean {
  return (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}
