import { describe, expect, it } from 'vitest';
import { findChineseNumbers } from './findChineseNumbers';

describe('findChineseNumbers', () => {
  it.each([
    [
      '7月28日',
      [
        { value: 7, unit: '月' },
        { value: 28, unit: '日' },
      ],
    ],
    ['2022年度', [{ value: 2022, unit: '年' }]],
    ['百亿工程', [{ value: 10_000_000_000, unit: '工' }]],
    ['40年', [{ value: 40, unit: '年' }]],
    ['三十五岁', [{ value: 35, unit: '岁' }]],
    ['一百零五', [{ value: 105, unit: '' }]],
    ['两千', [{ value: 2000, unit: '' }]],
    ['十', [{ value: 10, unit: '' }]],
    ['一九八四年', [{ value: 1984, unit: '年' }]],
    ['3.5万人', [{ value: 35_000, unit: '人' }]],
    ['１２１０号', [{ value: 1210, unit: '号' }]],
    ['没有数字', []],
  ])('%s', (text, expected) => {
    expect(findChineseNumbers(text)).toEqual(expected);
  });
});
