import { describe, expect, it } from 'vitest';
import { checkUnbalancedBrackets } from './checkUnbalancedBrackets';

const stray = (source: string, target: string) =>
  checkUnbalancedBrackets({ key: 's', source, target })[0]?.values['character'];

describe('checkUnbalancedBrackets', () => {
  it.each([
    ['省委政研室(省委改革办)', 'the Policy Research Office (Reform Office', '('],
    ['省委政研室(省委改革办)', 'the Policy Research Office Reform Office)', ')'],
    ['省委政研室(省委改革办)', 'the Policy Research Office (Reform Office]', ']'],
    ['省委政研室(省委改革办)', 'the Policy Research Office (Reform Office)', undefined],
    ['（李林霞 杨彧）', '(Reported by Li Linxia and Yang Yu)', undefined],
    ['一是调研;二是实施)', 'first, research; 2) implementation', undefined],
    ['省委政研室', 'the [Policy (Research] Office)', ']'],
  ])('%s → %s: %s', (source, target, expected) => {
    expect(stray(source, target)).toBe(expected);
  });
});
