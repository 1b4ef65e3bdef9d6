import type { EditableBead } from './beadListTypes';

/** A bead the user shaped by hand: no engine confidence, not confirmed. */
export function editedBead(sourceCount: number, targetCount: number): EditableBead {
  return { sourceCount, targetCount, confidence: null, confirmed: false };
}
