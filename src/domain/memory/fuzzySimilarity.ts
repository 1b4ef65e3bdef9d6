import { matchingTokens } from './matchingTokens';
import { similarityOfTokens } from './similarityOfTokens';

/**
 * The match percentage of a stored source against the sentence being translated, 0 to 100:
 * 100 only for the same text (surrounding whitespace aside), at most 99 otherwise, however
 * small the difference (width, case, inner spaces). See matchingTokens for what weighs what.
 */
export function fuzzySimilarity(sentence: string, stored: string): number {
  if (sentence.trim() === stored.trim()) return 100;
  const score = similarityOfTokens(matchingTokens(sentence), matchingTokens(stored));
  return Math.min(99, Math.floor(score * 100 + 1e-9));
}
