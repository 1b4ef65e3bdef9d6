import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { editedBead } from './editedBead';
import { refuse } from './refuse';

/**
 * Splits bead `index` in two: the first keeps its first `sourceKeep` source and `targetKeep` target
 * sentences, the second the rest. Neither part may be empty on both sides.
 */
export function splitBead(
  list: BeadList,
  index: number,
  sourceKeep: number,
  targetKeep: number,
): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  if (bead.confirmed) return refuse('confirmed');
  if (bead.sourceCount + bead.targetCount < 2) return refuse('single-sentence');
  const isKeep = (keep: number, count: number): boolean =>
    Number.isInteger(keep) && keep >= 0 && keep <= count;
  if (!isKeep(sourceKeep, bead.sourceCount) || !isKeep(targetKeep, bead.targetCount))
    return refuse('bad-split');
  const sourceRest = bead.sourceCount - sourceKeep;
  const targetRest = bead.targetCount - targetKeep;
  if (sourceKeep + targetKeep === 0 || sourceRest + targetRest === 0) return refuse('bad-split');
  return changeOf(
    beadSplice(list, index, 1, [
      editedBead(sourceKeep, targetKeep),
      editedBead(sourceRest, targetRest),
    ]),
  );
}
