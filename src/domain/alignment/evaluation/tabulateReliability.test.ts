import { describe, expect, it } from 'vitest';
import { parseBeads } from './parseBeads';
import { tabulateReliability } from './tabulateReliability';

const bead = (source: number[], target: number[], confidence: number) => ({
  source,
  target,
  confidence,
});

describe('tabulateReliability', () => {
  it('puts each bead in its confidence bin and measures precision, calibration and review yield', () => {
    const gold = parseBeads('[0]:[0]\n[1]:[1]\n[2]:[2,3]\n[3]:[4]\n[4]:[5]');
    const beads = [
      bead([0], [0], 1),
      bead([1], [1], 0.995),
      bead([2], [2], 0.6),
      bead([], [3], 0.4),
      bead([3], [4], 0.95),
      bead([4], [5], 0.95),
    ];
    const table = tabulateReliability([{ beads, gold }]);
    expect(table.bins.map(({ beads: count, precision }) => [count, precision])).toEqual([
      [1, 0],
      [1, 0],
      [0, 0],
      [2, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(table.calibrationError).toBeCloseTo((0.4 + 0.6 + 2 * 0.05 + 0.005) / 6, 6);
    // The least confident tenth of six beads is one bead (0.4), one of the two errors.
    expect(table.errorsInLeastConfidentTenth).toBe(0.5);
  });
});
