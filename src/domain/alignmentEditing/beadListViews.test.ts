import { describe, expect, it } from 'vitest';
import { plainTextFromRichText } from '../richText';
import type { BeadList } from './beadListTypes';
import { beadListFixture } from './beadListFixture';
import { beadListPairs } from './beadListPairs';
import { beadListToSegments } from './beadListToSegments';
import { findNextBead } from './findNextBead';
import { summarizeBeadList } from './summarizeBeadList';

const list: BeadList = {
  source: [
    { text: '一。', paragraphStart: true },
    { text: '二。', paragraphStart: false },
    { text: '三。', paragraphStart: true },
    { text: '四。', paragraphStart: false },
  ],
  target: [
    { text: 'Zero.', paragraphStart: true },
    { text: 'One.', paragraphStart: false },
    { text: 'Two', paragraphStart: false },
    { text: 'too.', paragraphStart: false },
    { text: 'Extra.', paragraphStart: true },
  ],
  beads: [
    { sourceCount: 0, targetCount: 1, confidence: 0.3, confirmed: true },
    { sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: true },
    { sourceCount: 1, targetCount: 2, confidence: 0.4, confirmed: false },
    { sourceCount: 0, targetCount: 0, confidence: null, confirmed: false },
    { sourceCount: 1, targetCount: 0, confidence: 0.2, confirmed: false },
    { sourceCount: 0, targetCount: 1, confidence: 0.7, confirmed: false },
    { sourceCount: 1, targetCount: 0, confidence: 0.8, confirmed: true },
  ],
};

describe('beadListPairs', () => {
  it('joins Chinese sentences with nothing and English ones with a space, skipping 0-0 beads', () => {
    expect(beadListPairs(list)).toEqual([
      { source: '', target: 'Zero.', confirmed: true, confidence: 0.3 },
      { source: '一。', target: 'One.', confirmed: true, confidence: 0.9 },
      { source: '二。', target: 'Two too.', confirmed: false, confidence: 0.4 },
      { source: '三。', target: '', confirmed: false, confidence: 0.2 },
      { source: '', target: 'Extra.', confirmed: false, confidence: 0.7 },
      { source: '四。', target: '', confirmed: true, confidence: 0.8 },
    ]);
  });
});

describe('beadListToSegments', () => {
  it('makes a segment a bead with source text, keeping paragraphs and folding 0-n beads', () => {
    const paragraphs = beadListToSegments(list).map((paragraph) =>
      paragraph.map((segment) => ({
        source: segment.source,
        target: plainTextFromRichText(segment.target),
        status: segment.status,
      })),
    );
    expect(paragraphs).toEqual([
      [
        { source: '一。', target: 'Zero. One.', status: 'translated' },
        { source: '二。', target: 'Two too.', status: 'draft' },
      ],
      [
        { source: '三。', target: 'Extra.', status: 'draft' },
        { source: '四。', target: '', status: 'translated' },
      ],
    ]);
  });

  it.each([
    ['an unconfirmed empty target as new', '1-0', 'new'],
    ['a segment with an unconfirmed 0-n bead folded in as draft', '1-1! 0-1', 'draft'],
    ['a segment of confirmed beads as translated', '1-1! 0-1!', 'translated'],
  ])('gives %s', (_name, shapes, status) => {
    expect(beadListToSegments(beadListFixture(shapes))[0]?.[0]?.status).toBe(status);
  });

  it('gives no segment when there is no source sentence', () => {
    expect(beadListToSegments(beadListFixture('0-1 0-2'))).toEqual([]);
  });
});

describe('findNextBead', () => {
  it.each([
    [-1, 'next', 'low-confidence', 2],
    [2, 'next', 'low-confidence', 4],
    [4, 'next', 'low-confidence', undefined],
    [7, 'previous', 'low-confidence', 4],
    [0, 'previous', 'low-confidence', undefined],
    [1, 'next', 'unconfirmed', 2],
    [6, 'previous', 'unconfirmed', 5],
    [0, 'next', 'not-one-to-one', 2],
    [1, 'previous', 'not-one-to-one', 0],
    [100, 'previous', 'not-one-to-one', 6],
  ] as const)('from %s, %s %s: %s', (from, direction, kind, expected) => {
    expect(findNextBead(list, from, direction, kind)).toBe(expected);
  });
});

describe('summarizeBeadList', () => {
  it('counts beads, confirmed beads and unconfirmed low-confidence ones', () => {
    expect(summarizeBeadList(list)).toEqual({ beads: 7, confirmed: 3, lowConfidence: 2 });
  });
});
