import type { BeadList, BeadOperationResult } from './beadListTypes';
import { changeOf } from './changeOf';
import { editedBead } from './editedBead';
import { refuse } from './refuse';

/**
 * Inserts a bead with no sentences before bead `index` (at the end when `index` is the bead count),
 * for shift-up and pop-down to fill. It touches no other bead, so confirmed neighbours allow it.
 */
export function insertEmptyBead(list: BeadList, index: number): BeadOperationResult {
  if (!Number.isInteger(index) || index < 0 || index > list.beads.length) return refuse('no-bead');
  return changeOf({ part: 'beads', at: index, removed: [], inserted: [editedBead(0, 0)] });
}
