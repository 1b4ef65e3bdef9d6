import { UNSAFE_CHARACTERS } from './findUnsafeCharacters';

/** The text without the characters findUnsafeCharacters counts (NUL, lone surrogates). */
export function removeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}
