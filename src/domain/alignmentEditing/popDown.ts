import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { isEmptyBead } from './isEmptyBead';
import { refuse } from './refuse';
import { sideCount } from './sideCount';
import { withSideCount } from './withSideCount';

/**
 * Moves the last sentence of `side` of bead `index` down into the next bead (InterText's
 * pop-down). A bead left with no sentence on either side disappears.
 */
export function popDown(list: BeadList, index: number, side: BeadSide): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  const next = list.beads[index + 1];
  if (next === undefined) return refuse('no-next-bead');
  if (bead.confirmed || next.confirmed) return refuse('confirmed');
  if (sideCount(bead, side) === 0) return refuse('empty-side');
  const rest = withSideCount(bead, side, sideCount(bead, side) - 1);
  return changeOf(
    beadSplice(list, index, 2, [
      ...(isEmptyBead(rest) ? [] : [rest]),
      withSideCount(next, side, sideCount(next, side) + 1),
    ]),
  );
}
