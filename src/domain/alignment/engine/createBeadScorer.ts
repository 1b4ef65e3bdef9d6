import type { AlignmentModel } from './alignmentModel';
import type { AlignmentWeights } from './alignmentWeights';
import { beadTypeAt } from './beadTypeAt';
import { LARGEST_BEAD_SIDE } from './beadTypes';
import type { PairMasks } from './pairMasks';
import { lengthLogRatio } from './lengthLogRatio';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

/**
 * Scores beads. A bead's score is its shape score (type prior, length model, paragraph boundaries)
 * plus the evidence of each of its source sentences against its target window and of each of its
 * target sentences against its source window; the dynamic programme reuses those per-sentence parts.
 */
export interface BeadScorer {
  /** The whole score of the bead of type `typeIndex` ending after source sentence `row` and target sentence `column`. */
  readonly score: (row: number, column: number, typeIndex: number) => number;
  readonly shapeScore: (row: number, column: number, typeIndex: number) => number;
  /** Writes into out[at + k - 1] the evidence of source sentence `sentence` against target sentences column-k … column-1, for k = 1 … sizes. */
  readonly sourceEvidence: (
    sentence: number,
    column: number,
    sizes: number,
    out: Float64Array,
    at: number,
  ) => void;
  /** Writes into out[at + k - 1] the evidence of target sentence `target` against source sentences row-k … row-1, for k = 1 … sizes. */
  readonly targetEvidence: (
    target: number,
    row: number,
    sizes: number,
    out: Float64Array,
    at: number,
  ) => void;
}

/**
 * Builds the bead scorer: a log-likelihood ratio of "these sentences translate each other" against
 * "they were paired at random", summing the evidence of both directions, the length model, the
 * paragraph boundaries and the bead type's prior.
 */
export function* createBeadScorer(
  features: SentenceFeatures,
  masks: PairMasks,
  model: AlignmentModel,
  weights: AlignmentWeights,
): Generator<number, BeadScorer, void> {
  const side = LARGEST_BEAD_SIDE;
  const sourceMiss = yield* sumMisses(features.sourceKeys, model.keyMiss);
  const targetMiss = yield* sumMisses(features.targetTokens, model.tokenMiss);
  const { first, count, offset, sourceBits, targetBits } = masks;
  const { sourceLengths, targetLengths, sourceParagraphEnds, targetParagraphEnds, hasParagraphs } =
    features;
  const randomVariance = 2 * model.randomLengthDeviation ** 2;
  const variance = 2 * model.lengthDeviation ** 2;
  const lengthNormaliser = Math.log(model.randomLengthDeviation / model.lengthDeviation);
  const sourceLogLengths = windowLogLengths(sourceLengths, model.lengthRatio);
  const targetLogLengths = windowLogLengths(targetLengths, 1);
  const { keyGain, tokenGain } = model;
  const sourceWeight = weights.sourceEvidence;
  const targetWeight = weights.targetEvidence;

  const sourceEvidence = (
    sentence: number,
    column: number,
    sizes: number,
    out: Float64Array,
    at: number,
  ): void => {
    const firstTarget = first[sentence] ?? 0;
    const stored = count[sentence] ?? 0;
    const base = offset[sentence] ?? 0;
    const keys = features.sourceKeys[sentence] ?? new Int32Array(0);
    let mask = 0;
    for (let size = 1; size <= sizes; size += 1) {
      const index = column - size - firstTarget;
      if (index >= 0 && index < stored) mask |= sourceBits[base + index] ?? 0;
      let score = sourceMiss[sentence * side + size - 1] ?? 0;
      let bits = mask;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits & -bits);
        score += keyGain[(keys[bit] ?? 0) * side + size - 1] ?? 0;
        bits &= bits - 1;
      }
      out[at + size - 1] = sourceWeight * score;
    }
  };

  const targetEvidence = (
    target: number,
    row: number,
    sizes: number,
    out: Float64Array,
    at: number,
  ): void => {
    const tokens = features.targetTokens[target] ?? new Int32Array(0);
    let mask = 0;
    for (let size = 1; size <= sizes; size += 1) {
      const sentence = row - size;
      const index = target - (first[sentence] ?? 0);
      if (index >= 0 && index < (count[sentence] ?? 0))
        mask |= targetBits[(offset[sentence] ?? 0) + index] ?? 0;
      let score = targetMiss[target * side + size - 1] ?? 0;
      let bits = mask;
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits & -bits);
        score += tokenGain[(tokens[bit] ?? 0) * side + size - 1] ?? 0;
        bits &= bits - 1;
      }
      out[at + size - 1] = targetWeight * score;
    }
  };

  const shapeScore = (row: number, column: number, typeIndex: number): number => {
    const { source: sourceSize, target: targetSize } = beadTypeAt(typeIndex);
    const prior = model.typePriors[typeIndex] ?? 0;
    if (sourceSize === 0 || targetSize === 0) return prior;
    let score = prior;
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
      for (let sentence = row - sourceSize; sentence < row - 1; sentence += 1)
        crossings += sourceParagraphEnds[sentence] ?? 0;
      for (let target = column - targetSize; target < column - 1; target += 1)
        crossings += targetParagraphEnds[target] ?? 0;
      const sourceEnds = sourceParagraphEnds[row - 1] ?? 0;
      const targetEnds = targetParagraphEnds[column - 1] ?? 0;
      // A paragraph end on the other side's sentence just before or just after the bead, where
      // this side has none, is a translator's moved paragraph end: half a shared end at each of its two boundaries, so that
      // the true beads around it score as one shared end, as beads shifted to make the ends meet
      // would. (The ends of the texts are always shared, so they never count as moved.)
      const sourceBefore = row - sourceSize - 1;
      const targetBefore = column - targetSize - 1;
      const moved =
        sourceEnds > targetEnds
          ? (innerEnd(targetParagraphEnds, targetBefore) &
              (1 - innerEnd(sourceParagraphEnds, sourceBefore))) |
            (innerEnd(targetParagraphEnds, column) & (1 - innerEnd(sourceParagraphEnds, row)))
          : targetEnds > sourceEnds
            ? (innerEnd(sourceParagraphEnds, sourceBefore) &
                (1 - innerEnd(targetParagraphEnds, targetBefore))) |
              (innerEnd(sourceParagraphEnds, row) & (1 - innerEnd(targetParagraphEnds, column)))
            : 0;
      const oneSided = sourceEnds ^ targetEnds;
      score +=
        weights.paragraph *
        ((sourceEnds & targetEnds) - crossings + (moved ? 0.5 : -0.5) * oneSided);
    }
    return score;
  };

  const scratch = new Float64Array(side);
  const score = (row: number, column: number, typeIndex: number): number => {
    const { source: sourceSize, target: targetSize } = beadTypeAt(typeIndex);
    let total = shapeScore(row, column, typeIndex);
    if (sourceSize === 0 || targetSize === 0) return total;
    for (let sentence = row - sourceSize; sentence < row; sentence += 1) {
      sourceEvidence(sentence, column, targetSize, scratch, 0);
      total += scratch[targetSize - 1] ?? 0;
    }
    for (let target = column - targetSize; target < column; target += 1) {
      targetEvidence(target, row, sourceSize, scratch, 0);
      total += scratch[sourceSize - 1] ?? 0;
    }
    return total;
  };

  return { score, shapeScore, sourceEvidence, targetEvidence };
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

function* sumMisses(
  lists: readonly Int32Array[],
  miss: Float64Array,
): Generator<number, Float64Array, void> {
  const side = LARGEST_BEAD_SIDE;
  const sums = new Float64Array(lists.length * side);
  for (const [sentence, items] of lists.entries()) {
    if (sentence % (4 * STEP_INTERVAL) === 4 * STEP_INTERVAL - 1) yield 0;
    for (const item of items) {
      for (let size = 0; size < side; size += 1) {
        sums[sentence * side + size] =
          (sums[sentence * side + size] ?? 0) + (miss[item * side + size] ?? 0);
      }
    }
  }
  return sums;
}

/** 1 where sentence `index` ends a paragraph inside the text (not its last sentence, nor outside it). */
function innerEnd(ends: Uint8Array, index: number): number {
  return index >= 0 && index < ends.length - 1 ? (ends[index] ?? 0) : 0;
}
