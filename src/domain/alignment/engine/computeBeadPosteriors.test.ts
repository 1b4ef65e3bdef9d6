import { describe, expect, it } from 'vitest';
import { beadTypeIndex } from './beadTypeIndex';
import { BEAD_TYPES } from './beadTypes';
import { computeBeadPosteriors } from './computeBeadPosteriors';
import { finishSteps } from './finishSteps';

/**
 * One source sentence and two target sentences: a 1-2 bead scoring 2, or a 1-1 bead (0) with the
 * other target sentence left unpaired (-1) before or after it.
 */
function oneByTwo(): Float32Array {
  const types = BEAD_TYPES.length;
  const transitions = new Float32Array(6 * types).fill(Number.NEGATIVE_INFINITY);
  const cell = (row: number, column: number): number => row * 3 + column;
  const set = (
    row: number,
    column: number,
    sourceSize: number,
    targetSize: number,
    score: number,
  ) => {
    transitions[cell(row, column) * types + beadTypeIndex(sourceSize, targetSize)] = score;
  };
  set(1, 2, 1, 2, 2);
  set(1, 1, 1, 1, 0);
  set(1, 2, 0, 1, -1);
  set(0, 1, 0, 1, -1);
  set(1, 2, 1, 1, 0);
  return transitions;
}

describe('computeBeadPosteriors', () => {
  const band = { low: Int32Array.from([0, 0]), high: Int32Array.from([2, 2]) };

  it('weighs every path through the band by the exponential of its score', () => {
    const [posterior] = finishSteps(computeBeadPosteriors(band, oneByTwo(), [[0, 1, 0, 2, 2]]));
    expect(posterior).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 2 * Math.exp(-1)), 6);
  });

  it('flattens the posteriors by the temperature (calibration)', () => {
    const [posterior] = finishSteps(computeBeadPosteriors(band, oneByTwo(), [[0, 1, 0, 2, 2]], 2));
    expect(posterior).toBeCloseTo(Math.exp(1) / (Math.exp(1) + 2 * Math.exp(-0.5)), 6);
  });
});
