import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCedictIndex } from './compileCedictIndex';
import { openCompiledCedict } from './openCompiledCedict';
import { parseCedict } from './parseCedict';

const excerpt = [
  '# A comment line, skipped',
  '朋友 朋友 [peng2 you5] /friend/companion/',
  '說 说 [shuo1] /to speak/to say/CL:個|个[ge4]/',
  '說 说 [shui4] /to persuade/',
  '陳 陈 [Chen2] /surname Chen/',
  "的 的 [de5] /of/~'s (possessive particle)/",
  '一帆風順 一帆风顺 [yi1 fan1 feng1 shun4] /plain sailing (idiom)/',
  '一 一 [yi1] /one/',
  '𠀀 𠀀 [he1] /variant of 呵[he1]/to scold/',
  '𠀀𠀀 𠀀𠀀 [he1 he1] /to scold twice/',
].join('\n');

describe('openCompiledCedict', () => {
  const parsed = parseCedict(excerpt);
  const compiled = openCompiledCedict(compileCedictIndex(parsed));

  it.each([['朋友'], ['说'], ['陈'], ['的'], ['一帆风顺'], ['一'], ['𠀀'], ['𠀀𠀀'], ['朋'], ['']])(
    'answers %s as the index it was compiled from',
    (headword) => {
      expect(compiled.lookup(headword)).toEqual(parsed.lookup(headword));
    },
  );

  it('keeps the size, the longest headword and the longest headword per first unit', () => {
    expect([compiled.size, compiled.longestHeadword]).toEqual([
      parsed.size,
      parsed.longestHeadword,
    ]);
    for (const first of ['一', '朋', '说', '的', '猫', '𠀀'[0] ?? ''])
      expect(compiled.longestStartingWith(first)).toBe(parsed.longestStartingWith(first));
    expect([...compiled.headwords()].sort()).toEqual([...parsed.headwords()].sort());
  });

  it('answers any string as the parsed index does', () => {
    const pieces = fc.constantFrom('朋', '友', '说', '一', '帆', '风', '顺', '的', '𠀀', 'a', '\t');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 5 }), (parts) => {
        const word = parts.join('');
        expect(compiled.lookup(word)).toEqual(parsed.lookup(word));
      }),
    );
  });

  it('refuses text that is not a compiled index of this version', () => {
    expect(() => openCompiledCedict(excerpt)).toThrow(/Not a compiled CC-CEDICT index/);
    const older = compileCedictIndex(parsed).replace(
      /^#bitext-cedict-index 1/,
      '#bitext-cedict-index 0',
    );
    expect(() => openCompiledCedict(older)).toThrow(/Not a compiled CC-CEDICT index/);
  });
});
