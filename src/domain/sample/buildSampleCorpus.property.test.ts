import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleCorpus } from './buildSampleCorpus';

const sentence = fc
  .string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('山', '西', 'a', 'b', '。', ' ') })
  .filter((text) => text.trim() === text && text !== '');
const pair = fc.record({
  source: sentence,
  targets: fc.array(sentence, { minLength: 1, maxLength: 3 }),
});
const article = fc.array(fc.array(pair, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 4,
});

describe('buildSampleCorpus, on any 1-1 or 1-n article', () => {
  it('gives back every sentence once, in order, each Chinese with its English joined', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const pairs = paragraphs.flat();
        let english = 0;
        const beads = pairs.map(({ targets }, index) => {
          const indexes = targets.map(() => english++);
          return `[${index}]:[${indexes.join(',')}]`;
        });
        const corpus = buildSampleCorpus({
          name: 'generated',
          zhSentences: paragraphs
            .map((sentences) => sentences.map((item) => item.source).join('\n'))
            .join('\n\n'),
          enSentences: pairs.flatMap((item) => item.targets).join('\n'),
          goldAlign: beads.join('\n'),
          glossaryTsv: 'zh\ten\n',
        });
        expect(corpus.paragraphs).toEqual(
          paragraphs.map((sentences) =>
            sentences.map(({ source, targets }) => ({ source, target: targets.join(' ') })),
          ),
        );
      }),
    );
  });
});
