import { describe, expect, it } from 'vitest';
import { mergeSentenceFeatures } from './mergeSentenceFeatures';
import type { SentenceFeatures } from './sentenceFeatures';
import { finishSteps } from './finishSteps';

/** Features of `lists.length` source and target sentences holding the given keys and tokens. */
function features(lists: readonly number[][]): SentenceFeatures {
  const items = lists.map((list) => Int32Array.from(list));
  return {
    sourceKeys: items,
    keyTranslations: [],
    targetTokens: items,
    sourceTranslations: items,
    tokenCount: 100,
    sourceLengths: Float64Array.from(lists, (list) => list.length),
    targetLengths: Float64Array.from(lists, (list) => list.length),
    sourceParagraphEnds: new Uint8Array(lists.length),
    targetParagraphEnds: new Uint8Array(lists.length),
    hasParagraphs: false,
  };
}

describe('mergeSentenceFeatures', () => {
  it('keeps the rarest evidence of a block, wherever its sentences hold it', () => {
    const common = Array.from({ length: 40 }, (_, index) => index);
    // Sentences 0-2 repeat the 40 common keys; the block's last sentence holds key 99, found nowhere else.
    const lists = [common, common, common, [...common.slice(0, 5), 99], common, common];
    const blocks = finishSteps(mergeSentenceFeatures(features(lists), 4, 4));
    expect(blocks.sourceKeys).toHaveLength(2);
    expect(blocks.sourceKeys[0]).toHaveLength(32);
    expect([...(blocks.sourceKeys[0] ?? [])][0]).toBe(99);
    expect([...(blocks.targetTokens[0] ?? [])]).toContain(99);
    expect([...blocks.sourceLengths]).toEqual([126, 80]);
  });
});
