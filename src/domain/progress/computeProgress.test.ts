import { describe, expect, it } from 'vitest';
import type { SegmentStatus } from '../model';
import { computeProgress } from './computeProgress';

const segment = (source: string, status: SegmentStatus = 'new') => ({ source, status });

describe('computeProgress', () => {
  it.each([
    { label: 'nothing', segments: [], expected: [0, 0, 0, 0] },
    {
      label: 'Han characters only, no punctuation, digits, Latin or spaces',
      segments: [segment('山西，2024年 GDP 增长。“两个基本实现”！')],
      expected: [1, 0, 11, 0],
    },
    {
      label: 'translated, reviewed and approved count as translated; new and draft do not',
      segments: [
        segment('一二', 'new'),
        segment('三', 'draft'),
        segment('四五六', 'translated'),
        segment('七', 'reviewed'),
        segment('八九', 'approved'),
      ],
      expected: [5, 3, 9, 6],
    },
    {
      label: 'characters outside the BMP',
      segments: [segment('𠀀𠀁', 'approved')],
      expected: [1, 1, 2, 2],
    },
  ])('counts $label', ({ segments, expected }) => {
    const [count, translatedSegments, characters, translatedCharacters] = expected;
    expect(computeProgress(segments)).toEqual({
      segments: count,
      translatedSegments,
      characters,
      translatedCharacters,
    });
  });

  it('does not mutate its input', () => {
    const segments = Object.freeze([Object.freeze(segment('山西', 'translated'))]);
    expect(() => computeProgress(segments)).not.toThrow();
  });
});
