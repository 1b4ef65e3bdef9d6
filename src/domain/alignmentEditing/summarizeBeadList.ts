import type { BeadList } from './beadListTypes';
import { isLowConfidenceBead } from './isLowConfidenceBead';

export interface BeadListSummary {
  readonly beads: number;
  readonly confirmed: number;
  /** Beads `isLowConfidenceBead` picks out: doubted by the engine and not confirmed. */
  readonly lowConfidence: number;
}

/** The counts the header shows. */
export function summarizeBeadList(list: Pick<BeadList, 'beads'>): BeadListSummary {
  let confirmed = 0;
  let lowConfidence = 0;
  for (const bead of list.beads) {
    if (bead.confirmed) confirmed += 1;
    if (isLowConfidenceBead(bead)) lowConfidence += 1;
  }
  return { beads: list.beads.length, confirmed, lowConfidence };
}
