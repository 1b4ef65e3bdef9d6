import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from './alignSentences';
import { BEAD_TYPES } from './beadTypes';

const chineseSentence = fc
  .array(
    fc.constantFrom(
      '我们',
      '朋友',
      '2022年',
      '李金碧',
      '说',
      '“好”',
      '。',
      '！',
      '山',
      '水',
      'DNA',
      '',
    ),
    { maxLength: 8 },
  )
  .map((words) => words.join(''));
const englishSentence = fc
  .array(
    fc.constantFrom(
      'we',
      'friend',
      '2022',
      'Li Jinbi',
      'said',
      '"good"',
      '.',
      '!',
      'mountain',
      'water',
      'DNA',
      '',
    ),
    { maxLength: 8 },
  )
  .map((words) => words.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const paragraphsOf = (
  sentence: fc.Arbitrary<string>,
  maxLength: number,
): fc.Arbitrary<string[][]> =>
  fc.array(fc.array(fc.oneof(sentence, anyText), { maxLength }), { maxLength: 4 });

describe('alignSentences properties', () => {
  it('covers every sentence of both sides exactly once, in order, with known bead shapes', () => {
    fc.assert(
      fc.property(
        paragraphsOf(chineseSentence, 12),
        paragraphsOf(englishSentence, 15),
        (source, target) => {
          const { beads } = alignSentences({ source, target });
          expect(beads.flatMap((bead) => bead.source)).toEqual(
            source.flat().map((_, index) => index),
          );
          expect(beads.flatMap((bead) => bead.target)).toEqual(
            target.flat().map((_, index) => index),
          );
          for (const bead of beads) {
            expect(bead.source.length + bead.target.length).toBeGreaterThan(0);
            if (bead.source.length > 0 && bead.target.length > 0) {
              expect(
                BEAD_TYPES.some(
                  (type) =>
                    type.source === bead.source.length && type.target === bead.target.length,
                ),
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
