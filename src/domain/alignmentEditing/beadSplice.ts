import type { BeadList, BeadListSplice, EditableBead } from './beadListTypes';

/** The splice replacing `removeCount` beads from `at` by `inserted`. */
export function beadSplice(
  list: BeadList,
  at: number,
  removeCount: number,
  inserted: readonly EditableBead[],
): BeadListSplice {
  return { part: 'beads', at, removed: list.beads.slice(at, at + removeCount), inserted };
}
