import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult } from './beadListTypes';
import { changeOf } from './changeOf';
import { refuse } from './refuse';

/** Confirms (locks) bead `index`, or un-confirms it; its shape and confidence stay as they are. */
export function setConfirmed(
  list: BeadList,
  index: number,
  confirmed: boolean,
): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  if (bead.confirmed === confirmed) return refuse('unchanged');
  return changeOf({ part: 'confirmation', at: index, count: 1, confirmed });
}
