import { describe, expect, it } from 'vitest';
import { checkDoubledWords } from './checkDoubledWords';

const words = (target: string) =>
  checkDoubledWords({ key: 's', source: '句。', target }).map((finding) => finding.values['word']);

describe('checkDoubledWords', () => {
  it.each([
    ['the the plenary session', ['the']],
    ['The the plenary session', ['The']],
    ['in in the province, and and', ['in', 'and']],
    ['the the the', ['the']],
    ['He said that that was wrong.', []],
    ['They had had enough.', []],
    ['one by one', []],
    ['"1210," "1210"', []],
    ['theme the', []],
    ['the thesis', []],
    ["Shanxi's Shanxi", []],
  ])('%j: %j', (target, expected) => {
    expect(words(target)).toEqual(expected);
  });
});
