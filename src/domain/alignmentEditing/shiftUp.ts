import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { isEmptyBead } from './isEmptyBead';
import { refuse } from './refuse';
import { sideCount } from './sideCount';
import { withSideCount } from './withSideCount';

/**
 * Moves the first sentence of `side` of bead `index` up into the previous bead (InterText's
 * shift-up). A bead left with no sentence on either side disappears.
 */
export function shiftUp(list: BeadList, index: number, side: BeadSide): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  const previous = list.beads[index - 1];
  if (previous === undefined) return refuse('no-previous-bead');
  if (bead.confirmed || previous.confirmed) return refuse('confirmed');
  if (sideCount(bead, side) === 0) return refuse('empty-side');
  const rest = withSideCount(bead, side, sideCount(bead, side) - 1);
  return changeOf(
    beadSplice(list, index - 1, 2, [
      withSideCount(previous, side, sideCount(previous, side) + 1),
      ...(isEmptyBead(rest) ? [] : [rest]),
    ]),
  );
}
