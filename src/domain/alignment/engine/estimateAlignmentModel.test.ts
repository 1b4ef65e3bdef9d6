import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from './alignmentWeights';
import { beadTypeIndex } from './beadTypeIndex';
import { estimateAlignmentModel } from './estimateAlignmentModel';
import { extractSentenceFeatures } from './extractSentenceFeatures';
import { finishSteps } from './finishSteps';

const features = finishSteps(
  extractSentenceFeatures(
    ['他来了。', '她走了。'],
    ['He came.', 'She left.'],
    Uint8Array.of(0, 1),
    Uint8Array.of(0, 1),
    {},
  ),
);

describe('estimateAlignmentModel', () => {
  it('takes the unpaired penalty off the priors of 1-0 and 0-1 beads only', () => {
    const plain = finishSteps(
      estimateAlignmentModel(features, { ...DEFAULT_WEIGHTS, unpairedPenalty: 0 }),
    );
    const penalised = finishSteps(
      estimateAlignmentModel(features, { ...DEFAULT_WEIGHTS, unpairedPenalty: 1 }),
    );
    for (const [source, target] of [
      [1, 0],
      [0, 1],
    ] as const) {
      const index = beadTypeIndex(source, target);
      expect(penalised.typePriors[index]).toBeCloseTo((plain.typePriors[index] ?? 0) - 1);
    }
    const twoToOne = beadTypeIndex(2, 1);
    expect(penalised.typePriors[twoToOne]).toBeCloseTo(plain.typePriors[twoToOne] ?? 0);
  });
});
