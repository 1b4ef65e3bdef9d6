import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignSentences } from '../domain/alignment/engine/alignSentences';
import type { AlignmentInput } from '../domain/alignment/engine/alignmentTypes';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { loadCedict } from '../domain/dictionary/loadCedict';
import { readCedictText } from './readCedictText';
import { readSentences } from './readSentences';

const root = new URL('../../', import.meta.url);
const read = (path: string, language: 'zh' | 'en'): string[][] =>
  readSentences(readFileSync(new URL(path, root), 'utf8'), language, true);
const chinese = read('corpus/shanxi/zh.sentences.txt', 'zh');
const english = read('corpus/shanxi/en.sentences.txt', 'en');
const unrelated = read('test/fixtures/alignment/verdicts/unrelated.en.txt', 'en');

let dictionary: CedictIndex;
beforeAll(async () => {
  dictionary = await loadCedict(readCedictText);
});

function assess(input: AlignmentInput) {
  const assessment = alignSentences(input, { dictionary }).assessment;
  if (!assessment) throw new Error('alignSentences returned no assessment');
  return assessment;
}

describe('the verdict on an alignment (our own fixtures, the full dictionary)', () => {
  it('finds nothing to warn about in the sample article and its translation', () => {
    const assessment = assess({ source: chinese, target: english });
    expect(assessment).toMatchObject({
      looksLikeTranslation: true,
      languagesSwapped: false,
      sameLanguage: false,
      oneSidedStretches: [],
      warnings: [],
    });
    expect(assessment.meanConfidence).toBeGreaterThan(0.9);
  });

  it('says that a Chinese text and an unrelated English one are not a translation', () => {
    const assessment = assess({ source: chinese, target: unrelated });
    expect(assessment.looksLikeTranslation).toBe(false);
    expect(assessment.warnings).toContain('not-a-translation');
  });

  it('says when the languages are swapped', () => {
    const assessment = assess({ source: english, target: chinese });
    expect(assessment).toMatchObject({ languagesSwapped: true, looksLikeTranslation: false });
    expect(assessment.warnings).toEqual(
      expect.arrayContaining(['languages-swapped', 'not-a-translation']),
    );
  });

  it('says when both sides are Chinese', () => {
    const assessment = assess({ source: chinese, target: chinese });
    expect(assessment).toMatchObject({ sameLanguage: true, looksLikeTranslation: false });
    expect(assessment.warnings).toContain('both-chinese');
  });

  it('finds a long English introduction that the Chinese does not have', () => {
    const assessment = assess({ source: chinese, target: [...unrelated, ...english] });
    const introduction = unrelated.flat().length;
    expect(assessment.warnings).toContain('one-sided-stretch');
    const [stretch] = assessment.oneSidedStretches;
    expect(stretch).toMatchObject({ side: 'target', targetStart: 0 });
    expect(stretch?.targetCount).toBeGreaterThanOrEqual(introduction - 3);
    expect(stretch?.targetCount).toBeLessThanOrEqual(introduction + 3);
  });
});
