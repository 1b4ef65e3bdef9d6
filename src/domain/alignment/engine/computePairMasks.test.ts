import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from './alignmentWeights';
import { computePairMasks } from './computePairMasks';
import { estimateAlignmentModel } from './estimateAlignmentModel';
import { extractSentenceFeatures } from './extractSentenceFeatures';
import { findAnchorBand } from './findAnchorBand';
import { finishSteps } from './finishSteps';

/** The number of sentence pairs the first pass compares for a generated text of `count` sentences. */
function comparedPairs(count: number): number {
  const source = Array.from(
    { length: count },
    (_, index) => `第${index + 1}章，李金碧说了${index % 7}句话。`,
  );
  const target = Array.from(
    { length: count },
    (_, index) => `Chapter ${index + 1}: Li Jinbi said ${index % 7} things.`,
  );
  const features = finishSteps(
    extractSentenceFeatures(source, target, new Uint8Array(count), new Uint8Array(count), {}),
  );
  const band = findAnchorBand(
    features,
    finishSteps(estimateAlignmentModel(features, DEFAULT_WEIGHTS)),
    DEFAULT_WEIGHTS.anchorBandWidth,
  );
  return finishSteps(computePairMasks(features, band)).sourceBits.length;
}

describe('computePairMasks', () => {
  it('compares a number of pairs that grows linearly with the length, not with its square', () => {
    const small = comparedPairs(500);
    const large = comparedPairs(4000);
    expect(large).toBeLessThan(small * 8 * 1.5);
    expect(large).toBeLessThan(4000 * 4000 * 0.05);
  });
});
