import { isXmlCharacter } from './isXmlCharacter';

/** `text` with each character XML 1.0 cannot hold (even escaped) replaced by U+FFFD. */
export function replaceXmlDisallowedCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(text)) return text;
  let result = '';
  for (const character of text) {
    result += isXmlCharacter(character.codePointAt(0) ?? 0) ? character : '\uFFFD';
  }
  return result;
}
