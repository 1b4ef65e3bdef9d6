/** A compact Chinese → English index built from CC-CEDICT: simplified headword → English stems. */
export interface CedictIndex {
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** Length in UTF-16 units of the longest headword, for longest-match lookup. */
  readonly longestHeadword: number;
}
