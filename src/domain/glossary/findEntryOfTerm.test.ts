import { describe, expect, it } from 'vitest';
import { findEntryOfTerm } from './findEntryOfTerm';
import type { TermVariant } from './glossaryEntry';

const variant = (text: string): TermVariant => ({ text, kind: 'variant' });
const entries = [
  { term: '两个基本实现', variants: [variant('两个实现')] },
  { term: '高校', variants: [variant('高等学校')] },
];

describe('findEntryOfTerm', () => {
  it.each<[string, { term: string; variants: TermVariant[] }, string | undefined]>([
    ['the same term', { term: '高校', variants: [] }, '高校'],
    [
      'a term folded from traditional and full width',
      { term: ' 兩個基本實現 ', variants: [] },
      '两个基本实现',
    ],
    ['another entry’s variant', { term: '两个实现', variants: [] }, '两个基本实现'],
    [
      'a variant that is another entry’s term',
      { term: '大学', variants: [variant('高校')] },
      '高校',
    ],
    ['nothing in common', { term: '大学', variants: [] }, undefined],
  ])('finds the entry of %s', (_name, concept, term) => {
    expect(findEntryOfTerm(entries, concept)?.term).toBe(term);
  });

  it('leaves the entry being edited out', () => {
    const [first] = entries;
    expect(findEntryOfTerm(entries, { term: '两个基本实现', variants: [] }, first)).toBeUndefined();
  });
});
