import { describe, expect, it } from 'vitest';
import { findEnglishNumbers } from './findEnglishNumbers';

describe('findEnglishNumbers', () => {
  it.each([
    ['July 28, 2022', [28, 2022]],
    ['ten billion yuan', [10_000_000_000]],
    ['for 40 years', [40]],
    ['forty years', [40]],
    ['twenty-eight', [28]],
    ['a hundred and five', [105]],
    ['two thousand', [2000]],
    ['10,000 people and 2.5 tons', [10_000, 2.5]],
    ['the 28th day of the 1990s', [28, 1990]],
    ['a dozen eggs', [12]],
    ['no numbers here', []],
  ])('%s', (text, expected) => {
    expect(findEnglishNumbers(text)).toEqual(expected);
  });
});
