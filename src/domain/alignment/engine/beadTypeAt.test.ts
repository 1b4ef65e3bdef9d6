import { describe, expect, it } from 'vitest';
import { beadTypeAt } from './beadTypeAt';
import { beadTypeIndex } from './beadTypeIndex';
import { BEAD_TYPES } from './beadTypes';

describe('beadTypeAt', () => {
  it('names each shape by its side sizes, and finds it back by them', () => {
    for (const [index, type] of BEAD_TYPES.entries()) {
      expect(beadTypeAt(index)).toBe(type);
      expect(beadTypeIndex(type.source, type.target)).toBe(index);
    }
    expect(beadTypeAt(0)).toMatchObject({ source: 1, target: 1 });
  });

  it.each([[-1], [BEAD_TYPES.length], [1.5]])(
    'refuses index %s instead of answering a 1-1 bead',
    (index) => {
      expect(() => beadTypeAt(index)).toThrow(RangeError);
    },
  );

  it('starts from priors that are a probability distribution', () => {
    const total = BEAD_TYPES.reduce((sum, type) => sum + type.initialProbability, 0);
    expect(total).toBeGreaterThan(0.9);
    expect(total).toBeLessThanOrEqual(1);
  });
});
