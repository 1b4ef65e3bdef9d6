import type { EditableBead } from '../../domain/alignmentEditing/beadListTypes';
import { isLowConfidenceBead } from '../../domain/alignmentEditing/isLowConfidenceBead';

/** Which beads the grid shows: all of them, or only those matching every filter that is on. */
export interface BeadFilters {
  readonly lowConfidence: boolean;
  readonly unconfirmed: boolean;
  readonly notOneToOne: boolean;
}

export function beadMatchesFilters(bead: EditableBead, filters: BeadFilters): boolean {
  if (filters.lowConfidence && !isLowConfidenceBead(bead)) return false;
  if (filters.unconfirmed && bead.confirmed) return false;
  if (filters.notOneToOne && bead.sourceCount === 1 && bead.targetCount === 1) return false;
  return true;
}
