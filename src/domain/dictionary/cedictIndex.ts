/** A compact Chinese → English index built from CC-CEDICT: simplified headword → English stems. */
export interface CedictIndex {
  /** The stems of the content words of the headword's glosses, most common senses first; undefined if absent. */
  readonly lookup: (headword: string) => readonly string[] | undefined;
  /** Length in UTF-16 units of the longest headword, for longest-match lookup. */
  readonly longestHeadword: number;
  /** Length in UTF-16 units of the longest headword starting with this character (0 when none does). */
  readonly longestStartingWith: (character: string) => number;
  readonly size: number;
  /** Every headword indexed, stems or none, in no particular order (to compile the index). */
  readonly headwords: () => Iterable<string>;
}
