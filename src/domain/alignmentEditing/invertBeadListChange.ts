import type { BeadListChange, BeadListSplice } from './beadListTypes';

/** The change that undoes `change`: applied after it, it gives back the list as it was before. */
export function invertBeadListChange(change: BeadListChange): BeadListChange {
  return { splices: change.splices.toReversed().map(invertSplice) };
}

function invertSplice(splice: BeadListSplice): BeadListSplice {
  switch (splice.part) {
    case 'confirmation':
      return { ...splice, confirmed: !splice.confirmed };
    case 'beads':
      return { part: 'beads', at: splice.at, removed: splice.inserted, inserted: splice.removed };
    case 'source':
    case 'target':
      return {
        part: splice.part,
        at: splice.at,
        removed: splice.inserted,
        inserted: splice.removed,
      };
  }
}
