import type { AlignmentModel } from './alignmentModel';
import type { AlignmentWeights } from './alignmentWeights';
import { beadTypeIndex } from './beadTypeIndex';
import { BEAD_TYPES, LARGEST_BEAD_SIDE } from './beadTypes';
import { lengthLogRatio } from './lengthLogRatio';
import type { PairMasks } from './pairMasks';
import type { RawBead } from './rawBead';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

const INITIAL_LENGTH_DEVIATION = 0.3;
const PRIOR_STRENGTH = 2;
const TYPE_PRIOR_STRENGTH = 30;

/** A previous alignment to calibrate on: its beads as [source start, source size, target start, target size]. */
export interface CalibrationBeads {
  readonly beads: readonly RawBead[];
  readonly masks: PairMasks;
}

/**
 * Calibrates the scoring model on the two texts: how often each key's translation turns up by chance
 * (from its frequency in the other text), how often it turns up in a true bead (a general rate at
 * first, then what a previous alignment shows), the length ratio and spreads, and the bead-type priors.
 */
export function* estimateAlignmentModel(
  features: SentenceFeatures,
  weights: AlignmentWeights,
  calibration?: CalibrationBeads,
): Generator<number, AlignmentModel, void> {
  const sourceCount = features.sourceKeys.length;
  const targetCount = features.targetTokens.length;
  const targetFrequency = new Float64Array(features.tokenCount);
  for (const tokens of features.targetTokens)
    for (const token of tokens) targetFrequency[token] = (targetFrequency[token] ?? 0) + 1;
  const sourceFrequency = new Float64Array(features.tokenCount);
  for (const tokens of features.sourceTranslations)
    for (const token of tokens) sourceFrequency[token] = (sourceFrequency[token] ?? 0) + 1;

  const keyChance: number[] = [];
  for (const [key, translations] of features.keyTranslations.entries()) {
    if (key % (16 * STEP_INTERVAL) === 16 * STEP_INTERVAL - 1) yield 0;
    let absent = 1;
    for (const token of translations)
      absent *= 1 - Math.min(0.99, (targetFrequency[token] ?? 0) / Math.max(1, targetCount));
    keyChance.push(Math.min(0.99, Math.max(0.5 / Math.max(1, targetCount), 1 - absent)));
  }
  const tokenChance = Array.from(sourceFrequency, (frequency) =>
    Math.max(0.5 / Math.max(1, sourceCount), Math.min(0.99, frequency / Math.max(1, sourceCount))),
  );

  const keyCounts = yield* countMatches(
    features.sourceKeys,
    features.keyTranslations.length,
    calibration,
    'source',
  );
  const tokenCounts = yield* countMatches(
    features.targetTokens,
    features.tokenCount,
    calibration,
    'target',
  );
  const [keyGain, keyMiss] = yield* weighEvidence(keyChance, keyCounts, weights.initialMatchRate);
  const [tokenGain, tokenMiss] = yield* weighEvidence(
    tokenChance,
    tokenCounts,
    weights.initialMatchRate,
  );

  const totalSource = features.sourceLengths.reduce((sum, length) => sum + length, 0);
  const totalTarget = features.targetLengths.reduce((sum, length) => sum + length, 0);
  const lengthRatio = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1;
  const randomRatios: number[] = [];
  for (let sample = 0; sample < Math.min(2000, sourceCount * 4); sample += 1) {
    const source = (sample * 7919) % sourceCount;
    const target = (sample * 104_729 + 13) % Math.max(1, targetCount);
    randomRatios.push(
      lengthLogRatio(
        features.sourceLengths[source] ?? 0,
        features.targetLengths[target] ?? 0,
        lengthRatio,
      ),
    );
  }
  const randomLengthMean = mean(randomRatios);
  const randomLengthDeviation = Math.max(0.3, deviation(randomRatios, randomLengthMean));

  let lengthDeviation = INITIAL_LENGTH_DEVIATION;
  const typeCounts = BEAD_TYPES.map((type) => type.initialProbability * TYPE_PRIOR_STRENGTH);
  if (calibration) {
    const ratios: number[] = [];
    for (const [sourceStart, sourceSize, targetStart, targetSize] of calibration.beads) {
      const typeIndex = beadTypeIndex(sourceSize, targetSize);
      if (typeIndex >= 0) typeCounts[typeIndex] = (typeCounts[typeIndex] ?? 0) + 1;
      if (sourceSize === 0 || targetSize === 0) continue;
      let sourceLength = 0;
      let targetLength = 0;
      for (let sentence = sourceStart; sentence < sourceStart + sourceSize; sentence += 1)
        sourceLength += features.sourceLengths[sentence] ?? 0;
      for (let target = targetStart; target < targetStart + targetSize; target += 1)
        targetLength += features.targetLengths[target] ?? 0;
      ratios.push(lengthLogRatio(sourceLength, targetLength, lengthRatio));
    }
    if (ratios.length >= 10) lengthDeviation = Math.min(0.6, Math.max(0.12, deviation(ratios, 0)));
  }
  const typeTotal = typeCounts.reduce((sum, value) => sum + value, 0);
  const oneToOne = (typeCounts[beadTypeIndex(1, 1)] ?? typeTotal) / typeTotal;
  const typePriors = Float64Array.from(BEAD_TYPES, (type, typeIndex) => {
    const penalty = type.source * type.target === 0 ? weights.unpairedPenalty : 0;
    return Math.log((typeCounts[typeIndex] ?? 0) / typeTotal / oneToOne) - penalty;
  });
  return {
    keyGain,
    keyMiss,
    tokenGain,
    tokenMiss,
    lengthRatio,
    lengthDeviation,
    randomLengthDeviation,
    randomLengthMean,
    typePriors,
  };
}

interface MatchCounts {
  readonly occurrences: Float64Array;
  readonly hits: Float64Array;
}

function* countMatches(
  lists: readonly Int32Array[],
  size: number,
  calibration: CalibrationBeads | undefined,
  side: 'source' | 'target',
): Generator<number, MatchCounts | undefined, void> {
  /** The key counts are the first half of the work, the token counts the second. */
  const half = side === 'source' ? 0 : 1;
  if (!calibration) return undefined;
  const occurrences = new Float64Array(size);
  const hits = new Float64Array(size);
  const { first, count, offset, sourceBits, targetBits } = calibration.masks;
  for (const [
    index,
    [sourceStart, sourceSize, targetStart, targetSize],
  ] of calibration.beads.entries()) {
    if (index % STEP_INTERVAL === STEP_INTERVAL - 1)
      yield (half + index / calibration.beads.length) / 2;
    if (sourceSize === 0 || targetSize === 0) continue;
    const [outerStart, outerSize] =
      side === 'source' ? [sourceStart, sourceSize] : [targetStart, targetSize];
    for (let outer = outerStart; outer < outerStart + outerSize; outer += 1) {
      let mask = 0;
      const [innerStart, innerSize] =
        side === 'source' ? [targetStart, targetSize] : [sourceStart, sourceSize];
      for (let inner = innerStart; inner < innerStart + innerSize; inner += 1) {
        const sentence = side === 'source' ? outer : inner;
        const target = side === 'source' ? inner : outer;
        const index = target - (first[sentence] ?? 0);
        if (index < 0 || index >= (count[sentence] ?? 0)) continue;
        mask |= (side === 'source' ? sourceBits : targetBits)[(offset[sentence] ?? 0) + index] ?? 0;
      }
      const items = lists[outer] ?? new Int32Array(0);
      for (let bit = 0; bit < items.length; bit += 1) {
        const item = items[bit] ?? 0;
        occurrences[item] = (occurrences[item] ?? 0) + 1;
        if (mask & (1 << bit)) hits[item] = (hits[item] ?? 0) + 1;
      }
    }
  }
  return { occurrences, hits };
}

function* weighEvidence(
  chance: readonly number[],
  counts: MatchCounts | undefined,
  initialRate: number,
): Generator<number, [Float64Array, Float64Array], void> {
  const side = LARGEST_BEAD_SIDE;
  const gain = new Float64Array(chance.length * side);
  const miss = new Float64Array(chance.length * side);
  for (const [item, probability] of chance.entries()) {
    if (item % (16 * STEP_INTERVAL) === 16 * STEP_INTERVAL - 1) yield 1;
    const initial = probability + (1 - probability) * initialRate;
    const aligned = counts
      ? ((counts.hits[item] ?? 0) + PRIOR_STRENGTH * initial) /
        ((counts.occurrences[item] ?? 0) + PRIOR_STRENGTH)
      : initial;
    for (let size = 1; size <= side; size += 1) {
      const random = 1 - (1 - probability) ** size;
      const matched = Math.min(0.995, Math.max(aligned, random));
      const missScore = Math.log((1 - matched) / (1 - random));
      miss[item * side + size - 1] = missScore;
      gain[item * side + size - 1] = Math.log(matched / random) - missScore;
    }
  }
  return [gain, miss];
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function deviation(values: readonly number[], center: number): number {
  if (values.length === 0) return 1;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - center) ** 2, 0) / values.length);
}
