import type { EditableBead } from './beadListTypes';

/**
 * Below this the engine thought it more likely than not that the bead is wrong: its confidence is
 * the posterior probability of the bead over all alignments it weighed.
 */
export const LOW_CONFIDENCE_THRESHOLD = 0.5;

/** A bead worth a look: the engine doubted it and nobody has confirmed or reshaped it since. */
export function isLowConfidenceBead(bead: EditableBead): boolean {
  return !bead.confirmed && bead.confidence !== null && bead.confidence < LOW_CONFIDENCE_THRESHOLD;
}
