import { describe, expect, it } from 'vitest';
import type { AlignmentWarning, TextScript } from './alignmentAssessment';
import { assessAlignmentInput } from './assessAlignmentInput';

const chinese = [['他来了，说了一句 OK。', '她走了！']];
const traditional = [['他來了，說了一句話。']];
const english = [['He came and said "OK".', 'She left!']];
const russian = [['Он пришёл.']];

describe('assessAlignmentInput', () => {
  it.each([
    ['Chinese and English', chinese, english, 'han', 'latin', []],
    ['traditional Chinese and English', traditional, english, 'han', 'latin', []],
    ['English given as the Chinese', english, chinese, 'latin', 'han', ['languages-swapped']],
    ['both Chinese', chinese, chinese, 'han', 'han', ['both-chinese']],
    ['both English', english, english, 'latin', 'latin', ['both-english']],
    ['a Russian target', chinese, russian, 'han', 'other', ['target-not-english']],
    ['an empty target', chinese, [], 'han', 'empty', []],
  ] satisfies [string, string[][], string[][], TextScript, TextScript, AlignmentWarning[]][])(
    'reads %s',
    (_name, source, target, sourceScript, targetScript, warnings) => {
      expect(assessAlignmentInput({ source, target })).toMatchObject({
        sourceScript,
        targetScript,
        warnings,
      });
    },
  );
});
