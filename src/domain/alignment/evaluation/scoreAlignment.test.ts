import { describe, expect, it } from 'vitest';
import { emptyScoreCounts } from './emptyScoreCounts';
import { BeadFormatError, parseBeads } from './parseBeads';
import { scoreAlignment } from './scoreAlignment';

describe('parseBeads', () => {
  it('reads beads, deletions and insertions, skipping blank lines', () => {
    expect(parseBeads('[0,1]:[0]\n\n[2]:[]\n[]:[1, 2]\n')).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [] },
      { source: [], target: [1, 2] },
    ]);
  });

  it('names the line that is not a bead', () => {
    expect(() => parseBeads('[0]:[0]\n0-1\n')).toThrow(BeadFormatError);
    expect(() => parseBeads('[0]:[0]\n0-1\n')).toThrow(/Line 2/);
  });
});

describe('scoreAlignment', () => {
  it('counts strict and lax hits as the shared scorer does', () => {
    const gold = parseBeads('[0]:[0,1]\n[1]:[2]\n[2]:[]');
    const system = parseBeads('[0]:[0]\n[]:[1]\n[1]:[2]\n[2]:[]');
    const counts = emptyScoreCounts();
    scoreAlignment(gold, system, counts);
    expect(counts).toMatchObject({
      strictPrecisionHits: 2,
      strictPrecisionMisses: 2,
      laxPrecisionHits: 3,
      laxPrecisionMisses: 1,
      strictRecallHits: 1,
      strictRecallMisses: 1,
      laxRecallHits: 2,
      laxRecallMisses: 0,
    });
    expect(Object.fromEntries(counts.recallByType)).toEqual({
      '1-2': { found: 0, total: 1 },
      '1-1': { found: 1, total: 1 },
      '1-0': { found: 1, total: 1 },
    });
  });
});
