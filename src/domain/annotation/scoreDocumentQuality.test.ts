import { describe, expect, it } from 'vitest';
import type { AnnotationSeverity } from './annotation';
import { countEnglishWords } from './countEnglishWords';
import { defaultMqmPenalties } from './mqmPenalties';
import { mqmTypology } from './mqmTypology';
import { scoreDocumentQuality } from './scoreDocumentQuality';

const error = (severity: AnnotationSeverity, category = 'mistranslation') => ({
  category,
  severity,
});
// 10 Chinese characters, 5 English words.
const segments = [
  { source: '山西加快转型发展。', targetText: 'Shanxi speeds up transformation.' },
  { source: '很好。', targetText: 'Good.' },
];

describe('scoreDocumentQuality', () => {
  it.each([
    { label: 'no annotations', annotations: [], penalty: 0, perCharacters: 0, perWords: 0 },
    {
      label: 'one minor',
      annotations: [error('minor')],
      penalty: 1,
      perCharacters: 100,
      perWords: 200,
    },
    {
      label: 'one major',
      annotations: [error('major')],
      penalty: 5,
      perCharacters: 500,
      perWords: 1000,
    },
    {
      label: 'one critical',
      annotations: [error('critical', 'omission')],
      penalty: 25,
      perCharacters: 2500,
      perWords: 5000,
    },
    {
      label: 'a mix',
      annotations: [error('minor', 'spelling'), error('minor', 'grammar'), error('major')],
      penalty: 7,
      perCharacters: 700,
      perWords: 1400,
    },
    {
      label: 'neutral labels and detached errors not counted',
      annotations: [
        { category: 'term' },
        { category: 'namedEntity', severity: 'major' as const },
        { ...error('critical'), detachedAt: 5 },
      ],
      penalty: 0,
      perCharacters: 0,
      perWords: 0,
    },
  ])('scores $label', ({ annotations, penalty, perCharacters, perWords }) => {
    const quality = scoreDocumentQuality(segments, annotations, mqmTypology, defaultMqmPenalties);
    expect(quality).toMatchObject({ penalty, sourceCharacters: 10, targetWords: 5 });
    expect(quality.perThousandSourceCharacters).toBeCloseTo(perCharacters);
    expect(quality.perThousandTargetWords).toBeCloseTo(perWords);
  });

  it('uses configured penalties', () => {
    const quality = scoreDocumentQuality(
      segments,
      [error('minor'), error('critical')],
      mqmTypology,
      {
        minor: 0.5,
        major: 5,
        critical: 10,
      },
    );
    expect(quality.penalty).toBe(10.5);
    expect(quality.errors).toEqual({ minor: 1, major: 0, critical: 1 });
  });

  it('has no normalised score for an empty document', () => {
    const quality = scoreDocumentQuality([], [], mqmTypology, defaultMqmPenalties);
    expect(quality.perThousandSourceCharacters).toBeUndefined();
    expect(quality.perThousandTargetWords).toBeUndefined();
  });
});

describe('countEnglishWords', () => {
  it.each([
    ['', 0],
    ['  ', 0],
    ['Shanxi speeds up.', 3],
    ["It's a so-called 3.5% rise — in 2022.", 7],
    ['“Two basic achievements”', 3],
  ])('counts %j', (text, expected) => {
    expect(countEnglishWords(text)).toBe(expected);
  });
});
