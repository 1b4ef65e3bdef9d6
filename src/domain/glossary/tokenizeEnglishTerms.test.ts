import { describe, expect, it } from 'vitest';
import { tokenizeEnglishTerms } from './tokenizeEnglishTerms';

const forms = (text: string) => tokenizeEnglishTerms(text).map((token) => token.form);

describe('tokenizeEnglishTerms', () => {
  it.each([
    ['Universities', ['university']],
    ["the universities' role", ['the', 'university', 'role']],
    ["Shanxi's goal", ['shanxi', 'goal']],
    ['Shanxi’s goals', ['shanxi', 'goal']],
    ['Double First-Class', ['double', 'first', 'class']],
    ['classes and boxes, policies', ['class', 'and', 'box', 'policy']],
    ['status analysis process', ['status', 'analysis', 'process']],
    ['the "Six Major Initiatives"', ['the', 'six', 'major', 'initiative']],
    ['bus gas', ['bus', 'gas']],
  ])('reads %j as %j', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('keeps the offsets of each word, its possessive included', () => {
    expect(tokenizeEnglishTerms("Shanxi's zone")).toEqual([
      { form: 'shanxi', start: 0, end: 8 },
      { form: 'zone', start: 9, end: 13 },
    ]);
  });
});
