import type { BeadList, BeadSide } from './beadListTypes';
import { sideCount } from './sideCount';

/** The index of the first sentence of `side` that bead `beadIndex` holds (or would hold, if none). */
export function sentenceStart(list: BeadList, side: BeadSide, beadIndex: number): number {
  let start = 0;
  for (let index = 0; index < beadIndex; index += 1) {
    const bead = list.beads[index];
    if (bead !== undefined) start += sideCount(bead, side);
  }
  return start;
}
