/** A glossary term to look for: its id and its source-language form. */
export interface TermPattern<Id> {
  readonly id: Id;
  readonly source: string;
}

export interface TermMatch<Id> {
  readonly id: Id;
  /** UTF-16 offset of the first character of the match. */
  readonly start: number;
  /** UTF-16 offset just past the match. */
  readonly end: number;
}

/**
 * Finds glossary terms in a text with no word spaces (Chinese): scanning left to right, the longest
 * term that starts at a position wins, and matches never overlap. Returns matches in text order.
 */
export function findTermMatches<Id>(
  text: string,
  terms: readonly TermPattern<Id>[],
): TermMatch<Id>[] {
  const byFirstCharacter = indexByFirstCharacter(terms);
  const matches: TermMatch<Id>[] = [];
  let position = 0;
  while (position < text.length) {
    const candidates = byFirstCharacter.get(text[position] ?? '');
    const found = candidates?.find((term) => text.startsWith(term.source, position));
    if (found) {
      matches.push({ id: found.id, start: position, end: position + found.source.length });
      position += found.source.length;
    } else {
      position += 1;
    }
  }
  return matches;
}

function indexByFirstCharacter<Id>(
  terms: readonly TermPattern<Id>[],
): Map<string, TermPattern<Id>[]> {
  const index = new Map<string, TermPattern<Id>[]>();
  for (const term of terms) {
    const first = term.source[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(term);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.source.length - a.source.length);
  return index;
}
