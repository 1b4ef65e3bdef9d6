import { describe, expect, it } from 'vitest';
import { fuzzySimilarity } from './fuzzySimilarity';

const sentence = '山西省今年完成投资35亿元。';

describe('fuzzySimilarity', () => {
  it.each([
    ['the same sentence', sentence, 100],
    ['the same sentence with surrounding spaces', `  ${sentence} `, 100],
    ['another figure', '山西省今年完成投资48亿元。', 97],
    ['another full stop', '山西省今年完成投资35亿元!', 99],
    ['full-width digits', '山西省今年完成投资３５亿元。', 99],
    ['one character changed', '山西省去年完成投资35亿元。', 91],
    ['two characters added', '山西省今年共计完成投资35亿元。', 85],
    ['half the characters', '山西省今年', 44],
    ['nothing in common', '我们明天去北京看看。', 0],
  ])('scores %s', (_label, stored, expected) => {
    expect(fuzzySimilarity(sentence, stored)).toBe(expected);
  });

  it('ranks a changed figure above a changed character above a changed word order', () => {
    const scores = [
      '山西省今年完成投资40亿元。',
      '山西省明年完成投资35亿元。',
      '今年山西省投资完成35亿元。',
    ].map((stored) => fuzzySimilarity(sentence, stored));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(3);
  });

  it('compares English inside a Chinese sentence word by word', () => {
    expect(fuzzySimilarity('使用 Word 文档', '使用 word 文档')).toBe(99);
    expect(fuzzySimilarity('使用 Word 文档', '使用 Excel 文档')).toBe(80);
  });

  it('is symmetric', () => {
    expect(fuzzySimilarity(sentence, '山西省今年共计完成投资35亿元。')).toBe(
      fuzzySimilarity('山西省今年共计完成投资35亿元。', sentence),
    );
  });
});
