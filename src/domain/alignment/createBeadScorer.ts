import type { AlignmentModel } from './alignmentModel';
import type { AlignmentWeights } from './alignmentWeights';
import { BEAD_TYPES, LARGEST_BEAD_SIDE } from './beadTypes';
import type { PairMasks } from './pairMasks';
import { lengthLogRatio } from './lengthLogRatio';
import type { SentenceFeatures } from './sentenceFeatures';

/** Scores the bead of type `typeIndex` that ends after source sentence `row` and target sentence `column`. */
export type BeadScorer = (row: number, column: number, typeIndex: number) => number;

/**
 * Builds the bead score: a log-likelihood ratio of "these sentences translate each other" against
 * "they were paired at random", summing the evidence of both directions, the length model, the
 * paragraph boundaries and the bead type's prior.
 */
export function createBeadScorer(
  features: SentenceFeatures,
  masks: PairMasks,
  model: AlignmentModel,
  weights: AlignmentWeights,
): BeadScorer {
  const side = LARGEST_BEAD_SIDE;
  const sourceMiss = sumMisses(features.sourceKeys, model.keyMiss);
  const targetMiss = sumMisses(features.targetTokens, model.tokenMiss);
  const { first, count, offset, sourceBits, targetBits } = masks;
  const { sourceLengths, targetLengths, sourceParagraphEnds, targetParagraphEnds, hasParagraphs } =
    features;
  const randomVariance = 2 * model.randomLengthDeviation ** 2;
  const variance = 2 * model.lengthDeviation ** 2;
  const lengthNormaliser = Math.log(model.randomLengthDeviation / model.lengthDeviation);
  const sourceLogLengths = windowLogLengths(sourceLengths, model.lengthRatio);
  const targetLogLengths = windowLogLengths(targetLengths, 1);

  return (row, column, typeIndex) => {
    const type = BEAD_TYPES[typeIndex] ?? [1, 1];
    const sourceSize = type[0];
    const targetSize = type[1];
    const prior = model.typePriors[typeIndex] ?? 0;
    if (sourceSize === 0 || targetSize === 0) return prior;
    const sourceStart = row - sourceSize;
    const targetStart = column - targetSize;
    let sourceScore = 0;
    for (let sentence = sourceStart; sentence < row; sentence += 1) {
      const firstTarget = first[sentence] ?? 0;
      const stored = count[sentence] ?? 0;
      const base = offset[sentence] ?? 0;
      let mask = 0;
      for (let target = targetStart; target < column; target += 1) {
        const index = target - firstTarget;
        if (index >= 0 && index < stored) mask |= sourceBits[base + index] ?? 0;
      }
      sourceScore += sourceMiss[sentence * side + targetSize - 1] ?? 0;
      const keys = features.sourceKeys[sentence];
      while (mask !== 0 && keys) {
        const bit = 31 - Math.clz32(mask & -mask);
        sourceScore += model.keyGain[(keys[bit] ?? 0) * side + targetSize - 1] ?? 0;
        mask &= mask - 1;
      }
    }
    let targetScore = 0;
    for (let target = targetStart; target < column; target += 1) {
      let mask = 0;
      for (let sentence = sourceStart; sentence < row; sentence += 1) {
        const index = target - (first[sentence] ?? 0);
        if (index >= 0 && index < (count[sentence] ?? 0))
          mask |= targetBits[(offset[sentence] ?? 0) + index] ?? 0;
      }
      targetScore += targetMiss[target * side + sourceSize - 1] ?? 0;
      const tokens = features.targetTokens[target];
      while (mask !== 0 && tokens) {
        const bit = 31 - Math.clz32(mask & -mask);
        targetScore += model.tokenGain[(tokens[bit] ?? 0) * side + sourceSize - 1] ?? 0;
        mask &= mask - 1;
      }
    }
    let score = prior + weights.sourceEvidence * sourceScore + weights.targetEvidence * targetScore;
    if (weights.length !== 0) {
      const ratio =
        (targetLogLengths[column * side + targetSize - 1] ?? 0) -
        (sourceLogLengths[row * side + sourceSize - 1] ?? 0);
      const deviation = ratio - model.randomLengthMean;
      score +=
        weights.length *
        (lengthNormaliser - (ratio * ratio) / variance + (deviation * deviation) / randomVariance);
    }
    if (hasParagraphs) {
      let crossings = 0;
      for (let sentence = sourceStart; sentence < row - 1; sentence += 1)
        crossings += sourceParagraphEnds[sentence] ?? 0;
      for (let target = targetStart; target < column - 1; target += 1)
        crossings += targetParagraphEnds[target] ?? 0;
      const sourceEnds = sourceParagraphEnds[row - 1] ?? 0;
      const targetEnds = targetParagraphEnds[column - 1] ?? 0;
      score +=
        weights.paragraph *
        ((sourceEnds & targetEnds) - crossings - 0.5 * (sourceEnds ^ targetEnds));
    }
    return score;
  };
}

/** Per window end and size: the log of the window's total length, scaled and smoothed as `lengthLogRatio` does. */
function windowLogLengths(lengths: Float64Array, scale: number): Float64Array {
  const side = LARGEST_BEAD_SIDE;
  const logs = new Float64Array((lengths.length + 1) * side);
  for (let end = 1; end <= lengths.length; end += 1) {
    let total = 0;
    for (let size = 1; size <= Math.min(side, end); size += 1) {
      total += lengths[end - size] ?? 0;
      logs[end * side + size - 1] = lengthLogRatio(0, scale * total, 1);
    }
  }
  return logs;
}

function sumMisses(lists: readonly Int32Array[], miss: Float64Array): Float64Array {
  const side = LARGEST_BEAD_SIDE;
  const sums = new Float64Array(lists.length * side);
  lists.forEach((items, sentence) => {
    for (const item of items) {
      for (let size = 0; size < side; size += 1) {
        sums[sentence * side + size] =
          (sums[sentence * side + size] ?? 0) + (miss[item * side + size] ?? 0);
      }
    }
  });
  return sums;
}
