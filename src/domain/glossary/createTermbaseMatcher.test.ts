import { describe, expect, it } from 'vitest';
import { createTermbaseMatcher } from './createTermbaseMatcher';
import { termConcept } from './testing/termConcept';

const universities = termConcept(
  '高校',
  [
    ['universities', 'preferred'],
    ['higher education institutions', 'admitted'],
    ['institutions', 'deprecated'],
    ['colleges', 'forbidden'],
  ],
  [{ text: '高等院校', kind: 'variant' }],
);
const goal = termConcept('两个基本实现', [['Two Basic Achievements', 'preferred']]);
const shanxi = termConcept('山西', [['Shanxi', 'preferred']]);
const matcher = createTermbaseMatcher([universities, goal, shanxi]);

describe('createTermbaseMatcher', () => {
  it.each([
    ['山西高校', ['山西', '高校']],
    ['山西高等院校', ['山西', '高校']],
    ['兩個基本實現', ['两个基本实现']],
    ['没有', []],
  ])('finds the entries of %s', (source, terms) => {
    expect(matcher.findTerms(source).map((match) => match.entry.term)).toEqual(terms);
  });

  it.each([
    ['universal goals', []],
    ['The University sets goals', ['universities']],
    ['Shanxi’s universities', ['universities']],
    ["the University's role", ['universities']],
    ['Higher Education Institutions and colleges', ['higher education institutions', 'colleges']],
    ['research institutions', ['institutions']],
    ['the "Two Basic Achievements" goal', ['Two Basic Achievements']],
    ['two basic achievement', ['Two Basic Achievements']],
  ])('finds the renderings in %j', (target, renderings) => {
    const found = matcher.findRenderings(target, [universities, goal]);
    const expected = renderings.map((text) => text.toLowerCase());
    expect(found.map((match) => match.rendering.text.toLowerCase())).toEqual(expected);
  });

  it('gives the offsets of a rendering in the target', () => {
    const [match] = matcher.findRenderings("Shanxi's colleges grow", [universities]);
    expect(match).toMatchObject({ start: 9, end: 17 });
  });
});

describe('createTermbaseMatcher with one rendering shared by two entries', () => {
  it('finds it for both', () => {
    const short = termConcept('跨境电商', [['cross-border e-commerce', 'preferred']]);
    const full = termConcept('跨境电子商务', [['cross-border e-commerce', 'preferred']]);
    const shared = createTermbaseMatcher([short, full]);
    const found = shared.findRenderings('Cross-Border E-Commerce Co.', [short, full]);
    expect(found.map((match) => match.entry.term)).toEqual(['跨境电商', '跨境电子商务']);
  });
});
