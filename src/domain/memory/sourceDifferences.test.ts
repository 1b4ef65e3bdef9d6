import { describe, expect, it } from 'vitest';
import { sourceDifferences } from './sourceDifferences';

describe('sourceDifferences', () => {
  it('marks what the stored source has and what it lacks', () => {
    expect(sourceDifferences('山西省今年完成投资35亿元。', '山西省去年完成投资48亿元。')).toEqual([
      { kind: 'same', text: '山西省' },
      { kind: 'missing', text: '今' },
      { kind: 'added', text: '去' },
      { kind: 'same', text: '年完成投资' },
      { kind: 'missing', text: '35' },
      { kind: 'added', text: '48' },
      { kind: 'same', text: '亿元。' },
    ]);
  });

  it('gives the stored source back from its same and added runs', () => {
    const stored = '今年山西省投资完成了35亿元!';
    const parts = sourceDifferences('山西省今年完成投资35亿元。', stored);
    expect(
      parts
        .filter((part) => part.kind !== 'missing')
        .map((part) => part.text)
        .join(''),
    ).toBe(stored);
  });

  it('has one same run for the same text', () => {
    expect(sourceDifferences('一样', '一样')).toEqual([{ kind: 'same', text: '一样' }]);
  });
});
