import { describe, expect, it } from 'vitest';
import { parseCedict } from '../../dictionary/parseCedict';
import { collectTrainingPairs } from './collectTrainingPairs';
import { finishSteps } from './finishSteps';

const dictionary = parseCedict('朋友 朋友 [peng2 you5] /friend/\n');

describe('collectTrainingPairs', () => {
  it('keeps only what the dictionary does not already explain', () => {
    const [pair] = finishSteps(
      collectTrainingPairs(
        [{ source: '小宝的朋友', target: 'A friend of Trinket', weight: 1 }],
        dictionary,
      ),
    );
    expect(pair?.source).toEqual(['小宝', '宝的', '的朋']);
    expect(pair?.target).toEqual(['trinket']);
  });

  it('keeps every character pair without a dictionary', () => {
    const [pair] = finishSteps(
      collectTrainingPairs([{ source: '小宝的朋友', target: 'friend', weight: 2 }], undefined),
    );
    expect(pair).toEqual({
      source: ['小宝', '宝的', '的朋', '朋友'],
      target: ['friend'],
      weight: 2,
    });
  });
});
