import type { BeadSide, EditableBead } from './beadListTypes';
import { editedBead } from './editedBead';

/** The bead edited by hand to hold `count` sentences of `side`. */
export function withSideCount(bead: EditableBead, side: BeadSide, count: number): EditableBead {
  return side === 'source'
    ? editedBead(count, bead.targetCount)
    : editedBead(bead.sourceCount, count);
}
