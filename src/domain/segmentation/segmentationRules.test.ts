import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTATION_RULES } from './segmentationRules';
import { splitSentences } from './splitSentences';

/**
 * The atoms of a regular-expression source that a `*`, `+` or `{n,}` repeats without bound,
 * except negated classes (`[^。；]*` stops at the next character it excludes).
 */
function unboundedRepetitions(source: string): string[] {
  const found: string[] = [];
  let atomStart = -1;
  let index = 0;
  while (index < source.length) {
    const character = source.charAt(index);
    if (character === '\\') {
      atomStart = index;
      index += source.charAt(index + 1) === 'p' || source.charAt(index + 1) === 'P' ? 0 : 2;
      if (index === atomStart) index = source.indexOf('}', atomStart) + 1;
    } else if (character === '[') {
      atomStart = index;
      index += 1;
      while (index < source.length && source.charAt(index) !== ']')
        index += source.charAt(index) === '\\' ? 2 : 1;
      index += 1;
    } else if (character === '(') {
      atomStart = -1;
      index += source.startsWith('(?<', index) ? 4 : source.startsWith('(?', index) ? 3 : 1;
    } else if (character === ')') {
      let depth = 0;
      let open = index;
      for (; open >= 0; open -= 1) {
        if (source.charAt(open) === ')' && source.charAt(open - 1) !== '\\') depth += 1;
        if (source.charAt(open) === '(' && source.charAt(open - 1) !== '\\') depth -= 1;
        if (depth === 0) break;
      }
      atomStart = open;
      index += 1;
    } else if (character === '*' || character === '+' || /^\{\d+,\}/.test(source.slice(index))) {
      const atom = source.slice(atomStart, index);
      if (atomStart >= 0 && !atom.startsWith('[^')) found.push(`${atom}${character}`);
      index += character === '{' ? source.indexOf('}', index) - index + 1 : 1;
    } else {
      atomStart = character === '{' || character === '?' || character === '|' ? -1 : index;
      index += character === '{' ? source.indexOf('}', index) - index + 1 : 1;
    }
  }
  return found;
}

describe('the default segmentation rules', () => {
  it('finds unbounded repetitions the way the rules below rely on', () => {
    expect(unboundedRepetitions('[。！？](?:[”’]|\\s+[”])*')).toEqual([
      '\\s+',
      '(?:[”’]|\\s+[”])*',
    ]);
    expect(unboundedRepetitions('[.!?]+[")]*')).toEqual(['[.!?]+', '[")]*']);
    expect(unboundedRepetitions('(?:^|[。；])[^。；]*[，,]\\p{Lu}{0,3}')).toEqual([]);
  });

  it.each(
    (['zh', 'en'] as const).flatMap((lang) =>
      DEFAULT_SEGMENTATION_RULES[lang].rules.map((rule) => [lang, rule.comment, rule.before]),
    ),
  )(
    '%s “%s” looks back a bounded way (or up to a character it excludes)',
    (_lang, _comment, before) => {
      expect(unboundedRepetitions(before)).toEqual([]);
    },
  );

  it.each([
    ['zh', `他走了。${'”'.repeat(200_000)}然后呢？`],
    ['zh', `他走了。${' ”'.repeat(100_000)}然后呢？`],
    ['en', `He left${'.'.repeat(200_000)} Then?`],
    ['en', `He left.${')'.repeat(200_000)} Then?`],
  ] as const)('splits a paragraph with a run of 200,000 punctuation marks (%s)', (lang, text) => {
    expect(splitSentences(text, lang).join('')).toBe(text);
  });
});
