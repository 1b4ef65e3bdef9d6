import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { editedBead } from './editedBead';
import { refuse } from './refuse';

/** Joins bead `index` and the next one into one bead holding the sentences of both. */
export function mergeWithNext(list: BeadList, index: number): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  const next = list.beads[index + 1];
  if (next === undefined) return refuse('no-next-bead');
  if (bead.confirmed || next.confirmed) return refuse('confirmed');
  return changeOf(
    beadSplice(list, index, 2, [
      editedBead(bead.sourceCount + next.sourceCount, bead.targetCount + next.targetCount),
    ]),
  );
}
