import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from './segmentText';
import { segmentTextStream } from './segmentTextStream';

async function collect(pieces: readonly string[], batchSize?: number) {
  const batches = [];
  for await (const batch of segmentTextStream(pieces, 'zh', { batchSize })) batches.push(batch);
  return batches;
}

function piecesOf(text: string, cuts: readonly number[]): string[] {
  const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [...positions, text.length].map((end, index) =>
    text.slice(positions[index - 1] ?? 0, end),
  );
}

describe('segmentTextStream', () => {
  it('numbers paragraphs as segmentText does, across pieces cut inside lines and CRLFs', async () => {
    const batches = await collect(['晋北新闻简报\r', '\n\n第一句。第', '二句！\r第三句？\n\n  ']);
    expect(batches.flat()).toEqual([
      { paragraph: 0, source: '晋北新闻简报' },
      { paragraph: 1, source: '第一句。' },
      { paragraph: 1, source: '第二句！' },
      { paragraph: 2, source: '第三句？' },
    ]);
  });

  it('cuts a long paragraph into batches of at most batchSize sentences', async () => {
    const batches = await collect(['一。二。三。四。五。\n六。七。'], 2);
    expect(batches.map((batch) => batch.map((sentence) => sentence.source).join(''))).toEqual([
      '一。二。',
      '三。四。',
      '五。',
      '六。七。',
    ]);
  });

  it('gives nothing for blank text', async () => {
    expect(await collect([' \r\n', '\t\u3000\n'])).toEqual([]);
  });

  it('gives the sentences of segmentText, however the text is cut', async () => {
    const unit = fc.constantFrom(...'a 。！？”“\r\n\t 说,中3；'.split(''), '……');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit, maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        async (text, cuts, batchSize) => {
          const expected = segmentText(text, 'zh').flatMap((sentences, paragraph) =>
            sentences.map((source) => ({ paragraph, source })),
          );
          const batches = await collect(piecesOf(text, cuts), batchSize);
          expect(batches.flat()).toEqual(expected);
          expect(batches.every((batch) => batch.length > 0 && batch.length <= batchSize)).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
