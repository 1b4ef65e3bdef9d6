/** What a find looks in: a segment's source and the translation as the translator sees it. */
export interface SearchableSegment {
  readonly source: string;
  readonly target: string;
}

export interface FindOptions {
  readonly isCaseSensitive?: boolean;
}

/**
 * The positions of the segments whose source or target contains the query, in document order.
 * Width variants (full-width Latin letters and digits, ideographic space) match their ASCII forms;
 * unless case-sensitive, letters match in either case. A blank query matches nothing.
 */
export function findSegmentMatches(
  segments: readonly SearchableSegment[],
  query: string,
  { isCaseSensitive = false }: FindOptions = {},
): number[] {
  const needle = foldForFind(query, isCaseSensitive);
  if (needle.trim() === '') return [];
  const matches: number[] = [];
  for (const [index, segment] of segments.entries()) {
    if (
      foldForFind(segment.source, isCaseSensitive).includes(needle) ||
      foldForFind(segment.target, isCaseSensitive).includes(needle)
    ) {
      matches.push(index);
    }
  }
  return matches;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

function foldForFind(text: string, isCaseSensitive: boolean): string {
  const halfWidth = text.replace(FULL_WIDTH, (character) =>
    character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
  return isCaseSensitive ? halfWidth : halfWidth.toLowerCase();
}
