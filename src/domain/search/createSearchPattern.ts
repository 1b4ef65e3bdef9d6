import { foldSearchText } from './foldSearchText';
import { SearchPatternError } from './SearchPatternError';
import type { SearchOptions } from './searchOptions';

const WORD_EDGE = /[\p{L}\p{N}_]/u;
const HAN = /\p{Script=Han}/u;

/**
 * The global regular expression of a query, to run on text folded by foldSearchText: plain text
 * (width variants as their ASCII forms), a whole word (not inside a longer word; edges that are
 * Chinese characters need no boundary) or a regular expression; letters in either case unless
 * case-sensitive. Undefined for a blank query; throws SearchPatternError for a bad expression.
 */
export function createSearchPattern(
  query: string,
  { isCaseSensitive = false, mode = 'plain' }: SearchOptions = {},
): RegExp | undefined {
  if (query.trim() === '') return undefined;
  const flags = `gu${isCaseSensitive ? '' : 'i'}`;
  if (mode === 'regex') {
    try {
      return new RegExp(query, flags);
    } catch (error) {
      throw new SearchPatternError(error instanceof Error ? error.message : String(error));
    }
  }
  const folded = foldSearchText(query);
  const escaped = folded.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  if (mode === 'plain') return new RegExp(escaped, flags);
  const first = [...folded][0] ?? '';
  const last = [...folded].at(-1) ?? '';
  const before = WORD_EDGE.test(first) && !HAN.test(first) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_EDGE.test(last) && !HAN.test(last) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(`${before}${escaped}${after}`, flags);
}
