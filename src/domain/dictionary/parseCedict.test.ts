import { describe, expect, it } from 'vitest';
import { parseCedict } from './parseCedict';

const excerpt = [
  '# A comment line, skipped',
  '#! version=1',
  '朋友 朋友 [peng2 you5] /friend/companion/',
  '說 说 [shuo1] /to speak/to say/CL:個|个[ge4]/',
  '說 说 [shui4] /to persuade/',
  '陳 陈 [Chen2] /surname Chen/',
  '歲 岁 [sui4] /classifier for years (of age)/year/',
  '叫 叫 [jiao4] /variant of 嘂[jiao4]/see 叫做[jiao4 zuo4]/to call/',
  "的 的 [de5] /of/~'s (possessive particle)/",
  'not a cedict line',
  '一帆風順 一帆风顺 [yi1 fan1 feng1 shun4] /plain sailing (idiom)/',
].join('\n');

describe('parseCedict', () => {
  const index = parseCedict(excerpt);

  it.each([
    ['朋友', ['friend', 'companion']],
    ['说', ['speak', 'say', 'persuad']],
    ['陈', ['chen']],
    ['岁', ['year']],
    ['叫', ['call']],
    ['一帆风顺', ['plain', 'sail']],
  ])('indexes %s by its simplified headword with content-word stems', (headword, stems) => {
    expect(index.lookup(headword)).toEqual(stems);
  });

  it.each([['的'], ['說'], ['不在'], ['']])(
    'has nothing for %s (only stop words, traditional form, or absent)',
    (headword) => {
      expect(index.lookup(headword)).toBeUndefined();
    },
  );

  it('knows its size and its longest headword', () => {
    expect(index.size).toBe(7);
    expect(index.longestHeadword).toBe(4);
  });

  it.each([
    ['一', 4],
    ['朋', 2],
    ['说', 1],
    ['猫', 0],
  ])('knows the longest headword starting with %s', (character, length) => {
    expect(index.longestStartingWith(character)).toBe(length);
  });
});
