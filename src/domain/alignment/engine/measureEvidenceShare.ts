import { beadTypeIndex } from './beadTypeIndex';
import type { BeadScorer } from './createBeadScorer';
import type { RawBead } from './rawBead';

/**
 * The share of paired beads whose lexical evidence (the score without shape, length and paragraph
 * parts) favours pairing their sentences: about 0.9 or more for a text and its translation aligned
 * with a dictionary, 0.7 or less for unrelated texts, where only chance matches are left to pick.
 */
export function measureEvidenceShare(beads: readonly RawBead[], scorer: BeadScorer): number {
  let paired = 0;
  let supported = 0;
  for (const [sourceStart, sourceSize, targetStart, targetSize] of beads) {
    const typeIndex = beadTypeIndex(sourceSize, targetSize);
    if (sourceSize === 0 || targetSize === 0 || typeIndex < 0) continue;
    const row = sourceStart + sourceSize;
    const column = targetStart + targetSize;
    paired += 1;
    if (scorer.score(row, column, typeIndex) > scorer.shapeScore(row, column, typeIndex))
      supported += 1;
  }
  return paired === 0 ? 1 : supported / paired;
}
