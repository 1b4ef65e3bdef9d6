import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBead } from '../engine/formatBead';
import { locateSentences } from './locateSentences';
import { parseBeads } from './parseBeads';
import { projectBeads } from './projectBeads';

/** Spans of sentences joined by `separator`, the way a text made of them would hold them. */
function side(predicted: readonly string[], reference: readonly string[], separator: string) {
  const text = reference.join(separator);
  expect(predicted.join(separator)).toBe(text);
  return {
    predicted: locateSentences(text, predicted),
    reference: locateSentences(text, reference),
  };
}

describe('locateSentences', () => {
  it('finds each sentence after the one before it', () => {
    expect(locateSentences('他来了。他来了。', ['他来了。', '他来了。'])).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
  });

  it('names a sentence that is not in the text', () => {
    expect(() => locateSentences('他来了。', ['她走了。'])).toThrow(/她走了/);
  });
});

describe('projectBeads', () => {
  it.each([
    [
      'the same segmentation: beads unchanged',
      ['甲。', '乙。'],
      ['甲。', '乙。'],
      ['A.', 'B.'],
      ['A.', 'B.'],
      '[0]:[0]\n[1]:[1]',
      '[0]:[0]\n[1]:[1]',
    ],
    [
      'a reference sentence cut in two goes to the bead of its longer piece',
      ['甲说：', '“乙乙乙乙乙。”'],
      ['甲说：“乙乙乙乙乙。”'],
      ['He said:', "'Bbbbbbbbbbbb.'"],
      ["He said: 'Bbbbbbbbbbbb.'"],
      '[0]:[0]\n[1]:[1]',
      '[0]:[0]',
    ],
    [
      'two reference sentences merged into one land in the same bead',
      ['“走吧！”他说。', '丙。'],
      ['“走吧！”', '他说。', '丙。'],
      ['"Go!" he said.', 'C.'],
      ['"Go!" he said.', 'C.'],
      '[0]:[0]\n[1]:[1]',
      '[0,1]:[0]\n[2]:[1]',
    ],
    [
      'a bead left without a reference sentence is dropped; deletions stay',
      ['甲甲甲甲', '乙', '丙。'],
      ['甲甲甲甲乙', '丙。'],
      ['A.', 'x', 'C.'],
      ['A.', 'x', 'C.'],
      '[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]',
      '[0]:[0]\n[]:[1]\n[1]:[]\n[]:[2]',
    ],
  ])('%s', (_label, predictedZh, referenceZh, predictedEn, referenceEn, beads, expected) => {
    const projected = projectBeads(
      parseBeads(beads),
      side(predictedZh, referenceZh, ''),
      side(predictedEn, referenceEn, ' '),
    );
    expect(projected.map(formatBead).join('\n')).toBe(expected);
  });

  it('keeps every reference sentence once, in order, whatever the two segmentations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.infiniteStream(fc.nat()),
        (sourceLength, targetLength, stream) => {
          const pieces = (length: number, at: readonly number[]): string[] => {
            const ends = [...new Set([...at, length])].sort((a, b) => a - b);
            return ends.map((end, index) =>
              'x'.repeat(end - (index === 0 ? 0 : (ends[index - 1] ?? 0))),
            );
          };
          const pick = (length: number): number[] =>
            Array.from(
              { length: Math.min(length - 1, 5) },
              () => 1 + (stream.next().value % (length - 1 || 1)),
            );
          const sourcePredicted = pieces(sourceLength, sourceLength > 1 ? pick(sourceLength) : []);
          const sourceReference = pieces(sourceLength, sourceLength > 1 ? pick(sourceLength) : []);
          const targetPredicted = pieces(targetLength, targetLength > 1 ? pick(targetLength) : []);
          const targetReference = pieces(targetLength, targetLength > 1 ? pick(targetLength) : []);
          const beads = Array.from(
            { length: Math.max(sourcePredicted.length, targetPredicted.length) },
            (_unused, index) => ({
              source: index < sourcePredicted.length ? [index] : [],
              target: index < targetPredicted.length ? [index] : [],
            }),
          );
          const projected = projectBeads(
            beads,
            side(sourcePredicted, sourceReference, ''),
            side(targetPredicted, targetReference, ''),
          );
          expect(projected.flatMap((bead) => bead.source)).toEqual(
            sourceReference.map((_s, i) => i),
          );
          expect(projected.flatMap((bead) => bead.target)).toEqual(
            targetReference.map((_s, i) => i),
          );
        },
      ),
    );
  });
});
