import { describe, expect, it } from 'vitest';
import { findChapterNumber } from './findChapterNumber';

describe('findChapterNumber', () => {
  it.each([
    ['第一章', 'zh', 1],
    ['第十二回　风雪山神庙', 'zh', 12],
    ['第 3 章', 'zh', 3],
    ['第一百二十回', 'zh', 120],
    [
      '第三章里说的那件事，后来谁也不提了，大家都装作没有发生过一样，日子照旧一天天过去，直到那年冬天。',
      'zh',
      undefined,
    ],
    ['他第一次来。', 'zh', undefined],
    ['Chapter One', 'en', 1],
    ['CHAPTER XII', 'en', 12],
    ['Chapter 3: The Storm', 'en', 3],
    ['Chapter Twenty-Eight', 'en', 28],
    ['Book IV', 'en', 4],
    ['Chapter the Last', 'en', undefined],
    ['The chapter was long.', 'en', undefined],
  ] as const)('%s (%s) → %s', (sentence, language, expected) => {
    expect(findChapterNumber(sentence, language)).toBe(expected);
  });
});
