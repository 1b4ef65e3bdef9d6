/** How a query matches: as typed, as a whole word, or as a regular expression. */
export const SEARCH_MODES = ['plain', 'wholeWord', 'regex'] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];

export interface SearchOptions {
  readonly isCaseSensitive?: boolean;
  readonly mode?: SearchMode;
}
