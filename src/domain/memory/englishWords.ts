import { foldForMatching } from './foldForMatching';

export interface EnglishWord {
  /** The word folded to lower case. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of an English text with their offsets, letters folded to lower case. */
export function englishWords(text: string): EnglishWord[] {
  return [...foldForMatching(text).matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
