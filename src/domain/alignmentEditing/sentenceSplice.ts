import type { AlignedSentence, BeadList, BeadListSplice, BeadSide } from './beadListTypes';

/** The splice replacing `removeCount` sentences of `side` from `at` by `inserted`. */
export function sentenceSplice(
  list: BeadList,
  side: BeadSide,
  at: number,
  removeCount: number,
  inserted: readonly AlignedSentence[],
): BeadListSplice {
  return { part: side, at, removed: list[side].slice(at, at + removeCount), inserted };
}
