import { describe, expect, it } from 'vitest';
import { countChineseCharacters } from './countChineseCharacters';

describe('countChineseCharacters', () => {
  it.each([
    ['nothing', '', 0],
    ['punctuation, digits, Latin letters and spaces', '，。！？“”《》 2024 GDP abc\n\u3000', 0],
    ['Han characters among them', '山西，2024年 GDP 增长。“两个基本实现”！', 11],
    ['characters outside the BMP, one each', '姓氏“𠮷”与“䶮”', 5],
    ['the ideographic zero and the iteration mark', '〇一二人々', 5],
    ['traditional characters', '臺灣經濟', 4],
  ])('counts %s', (_label, text, expected) => {
    expect(countChineseCharacters(text)).toBe(expected);
  });

  it('counts a long text in pieces to the same total', () => {
    const text = '第1句:山西建投加快推进转型发展,今年完成投资3亿元。𠮷\n'.repeat(1000);
    const pieces = text.match(/[\s\S]{1,777}/gu) ?? [];
    expect(pieces.reduce((sum, piece) => sum + countChineseCharacters(piece), 0)).toBe(
      countChineseCharacters(text),
    );
    expect(countChineseCharacters(text)).toBe(23_000);
  });
});
