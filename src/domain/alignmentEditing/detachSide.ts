import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { editedBead } from './editedBead';
import { refuse } from './refuse';
import { sideCount } from './sideCount';

/**
 * Empties `side` of bead `index`: its sentences become a bead of their own, so s-t becomes s-0
 * followed by 0-t whichever side is emptied (the result is the same; `side` says which the user
 * meant and must not be empty already).
 */
export function detachSide(list: BeadList, index: number, side: BeadSide): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  if (bead.confirmed) return refuse('confirmed');
  const other: BeadSide = side === 'source' ? 'target' : 'source';
  if (sideCount(bead, side) === 0 || sideCount(bead, other) === 0) return refuse('empty-side');
  return changeOf(
    beadSplice(list, index, 1, [editedBead(bead.sourceCount, 0), editedBead(0, bead.targetCount)]),
  );
}
