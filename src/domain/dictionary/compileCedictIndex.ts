import type { CedictIndex } from './cedictIndex';

/** The first line of a compiled index, with its format version: `openCompiledCedict` refuses any other. */
export const COMPILED_CEDICT_HEADER = '#bitext-cedict-index 1';

/**
 * Compiles a CC-CEDICT index (from `parseCedict`) into the compact text `openCompiledCedict` opens
 * without parsing: every headword with its stems already worked out (what `parseCedict` does on
 * first lookup), one `headword<TAB>stem stem…` line each (nothing after the tab when a headword
 * has no stems), sorted so that a lookup is a binary search. Three header lines come first: the
 * format, `size longestHeadword`, and the longest headword per first UTF-16 unit (`19968:4 26379:2…`, 一 and 朋).
 */
export function compileCedictIndex(index: CedictIndex): string {
  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const headwords = [...index.headwords()].sort(byCodeUnits);
  // Keyed by the first UTF-16 unit, as `parseCedict` and its callers key it; written as a number,
  // since half a surrogate pair is not text a file can hold.
  const firsts = [...new Set(headwords.map((headword) => headword.charCodeAt(0)))];
  return [
    COMPILED_CEDICT_HEADER,
    `${index.size} ${index.longestHeadword}`,
    firsts
      .map((first) => `${first}:${index.longestStartingWith(String.fromCharCode(first))}`)
      .join(' '),
    ...headwords.map((headword) => `${headword}\t${(index.lookup(headword) ?? []).join(' ')}`),
    '',
  ].join('\n');
}
