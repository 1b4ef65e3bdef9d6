import type { SentenceFeatures } from './sentenceFeatures';
import { STEP_INTERVAL } from './stepInterval';

const MAXIMUM_FEATURES = 32;

/**
 * Pools the features of consecutive sentences into blocks (`sourceBlock` source sentences, `targetBlock`
 * target sentences each), so that a coarse alignment of the blocks can find the way through a long text
 * cheaply. Keys and tokens are united and capped; lengths are summed.
 */
export function* mergeSentenceFeatures(
  features: SentenceFeatures,
  sourceBlock: number,
  targetBlock: number,
): Generator<number, SentenceFeatures, void> {
  function* pool(
    lists: readonly Int32Array[],
    size: number,
    limit: number,
    part: number,
  ): Generator<number, Int32Array[], void> {
    const frequency = new Map<number, number>();
    for (const items of lists)
      for (const item of items) frequency.set(item, (frequency.get(item) ?? 0) + 1);
    const pooled: Int32Array[] = [];
    for (let start = 0; start < lists.length; start += size) {
      if ((start / size) % (STEP_INTERVAL / 8) === 0) yield (part + start / lists.length) / 3;
      const united = new Set<number>();
      for (let index = start; index < Math.min(lists.length, start + size); index += 1) {
        for (const item of lists[index] ?? []) united.add(item);
      }
      const rarestFirst = [...united].sort(
        (left, right) => (frequency.get(left) ?? 0) - (frequency.get(right) ?? 0) || left - right,
      );
      pooled.push(Int32Array.from(rarestFirst.slice(0, limit)));
    }
    return pooled;
  }
  const sum = (lengths: Float64Array, size: number): Float64Array => {
    const sums = new Float64Array(Math.ceil(lengths.length / size));
    lengths.forEach((length, index) => {
      const block = Math.floor(index / size);
      sums[block] = (sums[block] ?? 0) + length;
    });
    return sums;
  };
  const sourceKeys = yield* pool(features.sourceKeys, sourceBlock, MAXIMUM_FEATURES, 0);
  const targetTokens = yield* pool(features.targetTokens, targetBlock, MAXIMUM_FEATURES, 1);
  const sourceTranslations = yield* pool(
    features.sourceTranslations,
    sourceBlock,
    Number.MAX_SAFE_INTEGER,
    2,
  );
  return {
    sourceKeys,
    keyTranslations: features.keyTranslations,
    targetTokens,
    sourceTranslations,
    tokenCount: features.tokenCount,
    sourceLengths: sum(features.sourceLengths, sourceBlock),
    targetLengths: sum(features.targetLengths, targetBlock),
    sourceParagraphEnds: new Uint8Array(sourceKeys.length),
    targetParagraphEnds: new Uint8Array(targetTokens.length),
    hasParagraphs: false,
  };
}
