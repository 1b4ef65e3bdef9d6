import { describe, expect, it } from 'vitest';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { beadSentenceRanges } from '../../domain/alignmentEditing/beadSentenceRanges';
import { commandChange, splitPoint } from './commandChange';

const sentence = (text: string) => ({ text, paragraphStart: false });
const list = (source: string[], target: string[]): BeadList => ({
  source: source.map(sentence),
  target: target.map(sentence),
  beads: [
    { sourceCount: source.length, targetCount: target.length, confidence: 0.5, confirmed: false },
  ],
});

describe('splitPoint', () => {
  it.each([
    // A 2-2 bead splits into 1-1 and 1-1 whichever side is picked.
    [['甲甲甲甲。', '乙乙乙乙。'], ['A a a a a.', 'B b b b b.'], 'source', 0, 1, 1],
    [['甲甲甲甲。', '乙乙乙乙。'], ['A a a a a.', 'B b b b b.'], 'target', 0, 1, 1],
    // The other side is cut where the lengths match: a long first English sentence stays alone.
    [
      ['甲。', '乙乙乙乙乙乙乙乙。'],
      ['A.', 'B b b b b b b b b b b b b b b b b.', 'C c.'],
      'source',
      0,
      1,
      1,
    ],
    [['甲甲甲甲甲甲甲甲。', '乙。'], ['A a a a a a a a a a a.', 'B b.', 'C c.'], 'source', 0, 1, 2],
    // A 1-2 bead split on its English side leaves the Chinese in the part that matches it best.
    [['甲甲甲甲甲甲。'], ['A a a a a a a a a.', 'B.'], 'target', 0, 1, 1],
  ] as const)(
    'splits %j / %j picked on the %s sentence %i as %i-%i',
    (source, target, side, sentence, sourceKeep, targetKeep) => {
      const beadList = list([...source], [...target]);
      const [range] = beadSentenceRanges(beadList);
      if (range === undefined) throw new Error('no bead');
      const start = side === 'source' ? range.sourceStart : range.targetStart;
      expect(
        splitPoint(beadList, range, { beadIndex: 0, side, sentence: start + sentence }),
      ).toEqual({
        sourceKeep,
        targetKeep,
      });
    },
  );

  it('splits after the first Chinese sentence, or the first English one, when none is picked', () => {
    const beadList = list(['甲。'], ['A.', 'B.', 'C.']);
    const [range] = beadSentenceRanges(beadList);
    if (range === undefined) throw new Error('no bead');
    expect(
      splitPoint(beadList, range, { beadIndex: 0, side: 'source', sentence: undefined }),
    ).toEqual({
      sourceKeep: 1,
      targetKeep: 1,
    });
    const twoTwo = list(['甲甲。', '乙乙乙乙乙乙。'], ['A a a.', 'B b b b b b b b b.', 'C.']);
    const [twoTwoRange] = beadSentenceRanges(twoTwo);
    if (twoTwoRange === undefined) throw new Error('no bead');
    expect(
      splitPoint(twoTwo, twoTwoRange, { beadIndex: 0, side: 'target', sentence: undefined }),
    ).toEqual({ sourceKeep: 1, targetKeep: 1 });
  });
});

describe('commandChange', () => {
  it('passes the refusal of a locked bead on', () => {
    const beadList: BeadList = { ...list(['甲。', '乙。'], ['A.', 'B.']) };
    const locked = {
      ...beadList,
      beads: beadList.beads.map((bead) => ({ ...bead, confirmed: true })),
    };
    expect(
      commandChange('split-bead', locked, beadSentenceRanges(locked), {
        beadIndex: 0,
        side: 'source',
        sentence: 0,
      }),
    ).toEqual({ ok: false, reason: 'confirmed' });
  });
});
