export interface UnsafeCharacters {
  readonly nulCharacters: number;
  /** Halves of a surrogate pair without their other half, which no encoding can store. */
  readonly loneSurrogates: number;
}

/** NUL, or half of a surrogate pair without the other half. */
export const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Counts the characters of a pasted text that opening a file refuses: NUL (a file holding one is
 * binary) and lone surrogates (no valid file decodes to one).
 */
export function findUnsafeCharacters(text: string): UnsafeCharacters {
  let nulCharacters = 0;
  let loneSurrogates = 0;
  for (const [character] of text.matchAll(UNSAFE_CHARACTERS)) {
    if (character === '\u0000') nulCharacters += 1;
    else loneSurrogates += 1;
  }
  return { nulCharacters, loneSurrogates };
}
