import type { BeadSide, EditableBead } from './beadListTypes';

/** How many sentences of `side` the bead holds. */
export function sideCount(bead: EditableBead, side: BeadSide): number {
  return side === 'source' ? bead.sourceCount : bead.targetCount;
}
