import type { EditableBead } from './beadListTypes';

/** A bead with no sentence on either side (0-0). */
export function isEmptyBead(bead: EditableBead): boolean {
  return bead.sourceCount === 0 && bead.targetCount === 0;
}
