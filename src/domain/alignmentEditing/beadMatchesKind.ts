import type { EditableBead } from './beadListTypes';
import { isLowConfidenceBead } from './isLowConfidenceBead';

/** The kinds of bead the grid filters on and the keyboard jumps between. */
export type BeadKind = 'low-confidence' | 'unconfirmed' | 'not-one-to-one';

/** Whether a bead is of the kind: low confidence, not yet confirmed, or other than one sentence a side. */
export function beadMatchesKind(bead: EditableBead, kind: BeadKind): boolean {
  switch (kind) {
    case 'low-confidence':
      return isLowConfidenceBead(bead);
    case 'unconfirmed':
      return !bead.confirmed;
    case 'not-one-to-one':
      return bead.sourceCount !== 1 || bead.targetCount !== 1;
  }
}
