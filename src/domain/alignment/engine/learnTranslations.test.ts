import { describe, expect, it } from 'vitest';
import { learnTranslations, type TranslationTrainingPair } from './learnTranslations';
import { finishSteps } from './finishSteps';

const pair = (source: string[], target: string[], weight = 1): TranslationTrainingPair => ({
  source,
  target,
  weight,
});

describe('learnTranslations', () => {
  it('learns a name rendered by meaning from its repetition', () => {
    const learned = finishSteps(
      learnTranslations([
        pair(['韦小', '小宝', '喝茶'], ['trinket', 'tea']),
        pair(['韦小', '小宝', '北京'], ['trinket', 'beij']),
        pair(['韦小', '小宝', '朋友'], ['trinket', 'friend']),
        pair(['十八', '北京'], ['whisker', 'beij']),
        pair(['十八', '喝茶'], ['whisker', 'drink']),
      ]),
    );
    expect(learned.get('韦小')?.[0] ?? learned.get('小宝')?.[0]).toBe('trinket');
    expect(learned.get('十八')).toEqual(['whisker']);
  });

  it('learns nothing from a single coincidence', () => {
    expect(finishSteps(learnTranslations([pair(['小宝'], ['trinket'])])).size).toBe(0);
  });

  it('learns from one pair a person confirmed, which counts as several', () => {
    expect(finishSteps(learnTranslations([pair(['袭人'], ['aroma'], 3)])).get('袭人')).toEqual([
      'aroma',
    ]);
  });

  it('links each English unit to its best Chinese unit only', () => {
    const learned = finishSteps(
      learnTranslations([
        pair(['他说', '袭人'], ['aroma', 'said']),
        pair(['他说', '袭人'], ['aroma']),
        pair(['他说', '袭人'], ['aroma']),
        pair(['他说'], ['said']),
        pair(['他说'], ['said']),
      ]),
    );
    expect(learned.get('袭人')).toEqual(['aroma']);
    expect(learned.get('他说')).toEqual(['said']);
  });
});
