import { describe, expect, it } from 'vitest';
import { assessAlignment } from './assessAlignment';

describe('assessAlignment', () => {
  it('judges a result it is given without engine signals, and does not change it', () => {
    const input = { source: [['他来了。']], target: [['He came.']] };
    const result = {
      beads: [{ source: [0], target: [0], confidence: 0.2 }],
      sourceCount: 1,
      targetCount: 1,
    };
    const copy = structuredClone(result);
    expect(assessAlignment(input, result)).toMatchObject({
      looksLikeTranslation: false,
      meanConfidence: 0.2,
      lowConfidenceShare: 1,
      warnings: ['not-a-translation'],
    });
    expect(result).toEqual(copy);
  });

  it('finds a run of unpaired target sentences as a one-sided stretch', () => {
    const paired = Array.from({ length: 20 }, (_, index) => ({
      source: [index],
      target: [index + 15],
      confidence: 0.95,
    }));
    const inserted = Array.from({ length: 15 }, (_, index) => ({
      source: [],
      target: [index],
      confidence: 0.9,
    }));
    const input = {
      source: [paired.map(() => '他来了。')],
      target: [[...inserted, ...paired].map(() => 'He came.')],
    };
    const assessment = assessAlignment(input, {
      beads: [...inserted, ...paired],
      sourceCount: 20,
      targetCount: 35,
    });
    expect(assessment.oneSidedStretches).toEqual([
      { side: 'target', sourceStart: 0, sourceCount: 0, targetStart: 0, targetCount: 15 },
    ]);
    expect(assessment.warnings).toEqual(['one-sided-stretch']);
  });
});
