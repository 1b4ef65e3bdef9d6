import type { AlignmentBand } from './alignmentBand';
import { LARGEST_BEAD_SIDE } from './beadTypes';
import type { PairMasks } from './pairMasks';
import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

/**
 * Compares every source sentence with the target sentences a bead through the band could pair it
 * with, recording matched evidence as bit sets. The cost is one pass over each target sentence's
 * tokens per pair, and the pairs are those of the band, so it grows linearly with the band's area.
 */
export function* computePairMasks(
  features: SentenceFeatures,
  band: AlignmentBand,
): Generator<number, PairMasks, void> {
  const sourceCount = features.sourceKeys.length;
  const targetCount = features.targetTokens.length;
  const first = new Int32Array(sourceCount);
  const count = new Int32Array(sourceCount);
  const offset = new Int32Array(sourceCount + 1);
  for (let sentence = 0; sentence < sourceCount; sentence += 1) {
    let low = targetCount;
    let high = -1;
    for (
      let row = sentence + 1;
      row <= Math.min(sourceCount, sentence + LARGEST_BEAD_SIDE);
      row += 1
    ) {
      low = Math.min(low, (band.low[row] ?? 0) - LARGEST_BEAD_SIDE);
      high = Math.max(high, (band.high[row] ?? 0) - 1);
    }
    low = Math.max(0, low);
    high = Math.min(targetCount - 1, high);
    first[sentence] = low;
    count[sentence] = Math.max(0, high - low + 1);
    offset[sentence + 1] = (offset[sentence] ?? 0) + (count[sentence] ?? 0);
  }
  const total = offset[sourceCount] ?? 0;
  const sourceBits = new Int32Array(total);
  const targetBits = new Int32Array(total);
  const keyBitsByToken = new Int32Array(features.tokenCount);
  for (let sentence = 0; sentence < sourceCount; sentence += 1) {
    if (sentence % STEP_INTERVAL === STEP_INTERVAL - 1) yield sentence / sourceCount;
    const keys = features.sourceKeys[sentence] ?? new Int32Array(0);
    for (let bit = 0; bit < keys.length; bit += 1) {
      for (const token of features.keyTranslations[keys[bit] ?? 0] ?? [])
        keyBitsByToken[token] = (keyBitsByToken[token] ?? 0) | (1 << bit);
    }
    const start = first[sentence] ?? 0;
    const base = offset[sentence] ?? 0;
    for (let index = 0; index < (count[sentence] ?? 0); index += 1) {
      const tokens = features.targetTokens[start + index] ?? new Int32Array(0);
      let sourceMask = 0;
      let targetMask = 0;
      for (let bit = 0; bit < tokens.length; bit += 1) {
        const keyBits = keyBitsByToken[tokens[bit] ?? 0] ?? 0;
        if (keyBits !== 0) {
          sourceMask |= keyBits;
          targetMask |= 1 << bit;
        }
      }
      sourceBits[base + index] = sourceMask;
      targetBits[base + index] = targetMask;
    }
    for (const key of keys)
      for (const token of features.keyTranslations[key] ?? []) keyBitsByToken[token] = 0;
  }
  return { first, count, offset, sourceBits, targetBits };
}
