import { createSearchPattern } from './createSearchPattern';
import { foldSearchText } from './foldSearchText';
import type { SearchOptions } from './searchOptions';

/** What a find looks in: a segment's source and the translation as the translator sees it. */
export interface SearchableSegment {
  readonly source: string;
  readonly target: string;
}

export interface FindOptions extends SearchOptions {
  /** Where to look: both sides (the default), the source or the target only. */
  readonly side?: 'both' | 'source' | 'target';
}

/**
 * The positions of the segments whose source or target matches the query, in document order.
 * Width variants (full-width Latin letters and digits, ideographic space) match their ASCII forms;
 * unless case-sensitive, letters match in either case; a whole word or a regular expression
 * when asked (a bad one throws SearchPatternError). A blank query matches nothing.
 */
export function findSegmentMatches(
  segments: readonly SearchableSegment[],
  query: string,
  { side = 'both', ...options }: FindOptions = {},
): number[] {
  const pattern = createSearchPattern(query, options);
  if (pattern === undefined) return [];
  const single = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  const matches: number[] = [];
  for (const [index, segment] of segments.entries()) {
    if (
      (side !== 'target' && single.test(foldSearchText(segment.source))) ||
      (side !== 'source' && single.test(foldSearchText(segment.target)))
    ) {
      matches.push(index);
    }
  }
  return matches;
}
