import { describe, expect, it } from 'vitest';
import { findUnsafeCharacters } from './findUnsafeCharacters';
import { removeUnsafeCharacters } from './removeUnsafeCharacters';

describe('findUnsafeCharacters, removeUnsafeCharacters', () => {
  it.each([
    ['plain Chinese and English', '山西。Shanxi.', 0, 0, '山西。Shanxi.'],
    ['a surrogate pair', '姓氏𠮷。', 0, 0, '姓氏𠮷。'],
    ['NULs', 'a\u0000b\u0000', 2, 0, 'ab'],
    ['a lone high surrogate', '一\ud842二', 0, 1, '一二'],
    ['a lone low surrogate, and one at the end', '\udfb7一\ud842', 0, 2, '一'],
    ['a pair in reverse order', '\udfb7\ud842', 0, 2, ''],
  ])('in %s', (_label, text, nulCharacters, loneSurrogates, cleaned) => {
    expect(findUnsafeCharacters(text)).toEqual({ nulCharacters, loneSurrogates });
    expect(removeUnsafeCharacters(text)).toBe(cleaned);
  });
});
