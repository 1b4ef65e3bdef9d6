import { describe, expect, it } from 'vitest';
import type { Anchor } from './findAnchorChain';
import { findOneSidedEnds } from './findOneSidedEnds';

/** Anchors every fifth source sentence from (sourceOffset, targetOffset) on, `rate` target sentences a source one. */
function line(count: number, targetOffset: number, rate: number, sourceOffset = 0): Anchor[] {
  return Array.from({ length: count }, (_, index) => ({
    source: sourceOffset + index * 5,
    target: Math.round(targetOffset + rate * index * 5),
    score: 10,
  }));
}

describe('findOneSidedEnds', () => {
  it.each([
    ['no one-sided block', line(20, 0, 1.3), 100, 130, [0, 100, 0, 130]],
    ['40 target sentences ahead', line(20, 40, 1.3), 100, 170, [0, 100, 37, 170]],
    ['a block too short to cut', line(20, 8, 1.3), 100, 138, [0, 100, 0, 138]],
    ['30 source sentences ahead', line(20, 0, 1.3, 30), 130, 130, [27, 130, 0, 130]],
    ['40 target sentences after the text', line(20, 0, 1.3), 100, 170, [0, 100, 0, 134]],
    ['too few anchors', line(4, 40, 1.3), 100, 170, [0, 100, 0, 170]],
  ] as const)('%s', (_label, anchors, sourceCount, targetCount, expected) => {
    const span = findOneSidedEnds(anchors, sourceCount, targetCount);
    expect([span.sourceStart, span.sourceEnd, span.targetStart, span.targetEnd]).toEqual(expected);
  });
});
