import { isXmlCharacter } from './isXmlCharacter';

/**
 * How many characters of `text` XML 1.0 cannot hold at all (C0 controls but tab and line breaks,
 * U+FFFE, U+FFFF, lone surrogates): the writers put U+FFFD in their place; a UI can warn first.
 */
export function countXmlDisallowedCharacters(text: string): number {
  let count = 0;
  for (const character of text) {
    if (!isXmlCharacter(character.codePointAt(0) ?? 0)) count += 1;
  }
  return count;
}
