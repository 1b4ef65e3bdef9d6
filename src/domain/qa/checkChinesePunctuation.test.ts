import { describe, expect, it } from 'vitest';
import { checkChinesePunctuation } from './checkChinesePunctuation';
import { createQaDocument } from './createQaDocument';

const characters = (target: string, others: readonly string[] = []) =>
  checkChinesePunctuation(
    createQaDocument(
      [target, ...others].map((text) => ({ key: text, source: '句。', target: text })),
    ),
    0,
  ).map((finding) => finding.values['character']);

describe('checkChinesePunctuation', () => {
  it.each([
    ['Shanxi，a province。', ['，', '。']],
    ['Shanxi，a province，again', ['，']],
    ['the goal：growth（fast）', ['：', '（', '）']],
    ['Ｆｕｌｌ width １２', ['Ｆ', 'ｕ', 'ｌ', '１', '２']],
    ['ideographic\u3000space', ['U+3000']],
    ['a dash——here', ['——']],
    ['a dash — here', []],
    ['Shanxi, a province.', []],
    ['the slogan 两个基本实现，kept', []],
  ])('%j: %j', (target, expected) => {
    expect(characters(target)).toEqual(expected);
  });

  it('flags curly quotes only where the document quotes with straight ones', () => {
    expect(characters('the “road map”', ['the "goal"', 'the "task"'])).toEqual(['“', '”']);
    expect(characters('the “road map”', ['the “goal”'])).toEqual([]);
    expect(characters('the “road map”')).toEqual([]);
  });

  it('places each finding on its character', () => {
    const [finding] = checkChinesePunctuation(
      createQaDocument([{ key: 'a', source: '句。', target: 'Yes，no' }]),
      0,
    );
    expect([finding?.targetStart, finding?.targetEnd]).toEqual([3, 4]);
  });
});
