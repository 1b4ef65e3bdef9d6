import { foldForMatching } from './foldForMatching';

/** What a token is: a Chinese character, a Latin word, a number, or punctuation and symbols. */
export type MatchingTokenKind = 'character' | 'word' | 'number' | 'punctuation';

export interface MatchingToken {
  readonly text: string;
  readonly kind: MatchingTokenKind;
  /** How much adding, removing or changing the token costs, against 1 for a Chinese character. */
  readonly weight: number;
}

export const TOKEN_WEIGHTS: Readonly<Record<MatchingTokenKind, number>> = {
  character: 1,
  word: 1,
  number: 0.25,
  punctuation: 0.1,
};

const TOKEN = /(\p{Script=Han})|([a-z]+(?:['’][a-z]+)*)|(\d+(?:[.,]\d+)*)|(\s+)|([\s\S])/gu;

/**
 * A sentence as fuzzy matching sees it: each Chinese character a token (Chinese is compared by
 * characters, not words), each Latin word and each number one token; numbers and punctuation
 * weigh little, so that a changed figure or comma costs less than a changed character.
 * Whitespace is dropped; width and case are folded (see foldForMatching).
 */
export function matchingTokens(text: string): MatchingToken[] {
  const tokens: MatchingToken[] = [];
  for (const match of foldForMatching(text).matchAll(TOKEN)) {
    const [whole, han, word, number, space] = match;
    if (space !== undefined) continue;
    const kind: MatchingTokenKind =
      han !== undefined
        ? 'character'
        : word !== undefined
          ? 'word'
          : number !== undefined
            ? 'number'
            : /[\p{P}\p{S}]/u.test(whole)
              ? 'punctuation'
              : 'character';
    tokens.push({ text: whole, kind, weight: TOKEN_WEIGHTS[kind] });
  }
  return tokens;
}
