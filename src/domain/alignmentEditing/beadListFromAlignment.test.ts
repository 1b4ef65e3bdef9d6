import { describe, expect, it } from 'vitest';
import { beadListFromAlignment } from './beadListFromAlignment';
import { beadSentenceRanges } from './beadSentenceRanges';

describe('beadListFromAlignment', () => {
  const sourceParagraphs = [['一。', '二。'], [], ['三。']];
  const targetParagraphs = [['One.'], ['Two.', 'Three.']];

  it('turns the engine beads into counts and marks the first sentence of each paragraph', () => {
    const list = beadListFromAlignment(sourceParagraphs, targetParagraphs, {
      sourceCount: 3,
      targetCount: 3,
      beads: [
        { source: [0], target: [0], confidence: 0.9 },
        { source: [1], target: [1], confidence: 0.6 },
        { source: [2], target: [], confidence: 0.3 },
        { source: [], target: [2], confidence: 0.3 },
      ],
    });
    expect(list.source).toEqual([
      { text: '一。', paragraphStart: true },
      { text: '二。', paragraphStart: false },
      { text: '三。', paragraphStart: true },
    ]);
    expect(list.target.map((sentence) => sentence.paragraphStart)).toEqual([true, true, false]);
    expect(list.beads).toEqual([
      { sourceCount: 1, targetCount: 1, confidence: 0.9, confirmed: false },
      { sourceCount: 1, targetCount: 1, confidence: 0.6, confirmed: false },
      { sourceCount: 1, targetCount: 0, confidence: 0.3, confirmed: false },
      { sourceCount: 0, targetCount: 1, confidence: 0.3, confirmed: false },
    ]);
    expect(beadSentenceRanges(list)).toEqual([
      { sourceStart: 0, sourceEnd: 1, targetStart: 0, targetEnd: 1 },
      { sourceStart: 1, sourceEnd: 2, targetStart: 1, targetEnd: 2 },
      { sourceStart: 2, sourceEnd: 3, targetStart: 2, targetEnd: 2 },
      { sourceStart: 3, sourceEnd: 3, targetStart: 2, targetEnd: 3 },
    ]);
  });

  it.each([
    ['out of order', [{ source: [1], target: [0], confidence: 1 }]],
    ['missing a sentence', [{ source: [0], target: [0], confidence: 1 }]],
  ])('refuses a result %s', (_name, beads) => {
    expect(() =>
      beadListFromAlignment([['一。', '二。']], [['One.']], {
        sourceCount: 2,
        targetCount: 1,
        beads,
      }),
    ).toThrow(/alignment/);
  });
});
