import { describe, expect, it } from 'vitest';
import { anchorAnnotation } from './anchorAnnotation';
import { textChangesBetween } from './textChangesBetween';
import { applyTextChange } from './applyTextChange';

const anchored = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, quote, anchoredText: text };
};

describe('anchorAnnotation', () => {
  const text = 'Shanxi pushed ahead with its transformation.';
  it.each([
    ['the same text', text, 'pushed ahead'],
    [
      'a word added before it',
      'Shanxi firmly pushed ahead with its transformation.',
      'pushed ahead',
    ],
    [
      'words changed after it',
      'Shanxi pushed ahead with the transformation of its economy.',
      'pushed ahead',
    ],
    [
      'a word added inside it',
      'Shanxi pushed far ahead with its transformation.',
      'pushed far ahead',
    ],
    ['the sentence rewritten around it', 'In 2022 Shanxi pushed ahead, steadily.', 'pushed ahead'],
  ])('follows %s', (_label, changed, expected) => {
    const range = anchorAnnotation(anchored(text, 'pushed ahead'), changed);
    expect(range === undefined ? undefined : changed.slice(range.start, range.end)).toBe(expected);
  });

  it('never lands on a letter of another word that a diff kept from a rewritten span', () => {
    const annotation = anchored(text, 'transformation');
    expect(anchorAnnotation(annotation, 'Now Shanxi pushed ahead, down.')).toBeUndefined();
  });

  it('is undefined when its text is gone or it is detached', () => {
    expect(anchorAnnotation(anchored(text, 'pushed ahead'), 'Shanxi transformed.')).toBeUndefined();
    expect(anchorAnnotation({ ...anchored(text, 'pushed'), detachedAt: 1 }, text)).toBeUndefined();
  });

  it('finds a unique quote when the offsets no longer fit', () => {
    const broken = { start: 40, end: 60, quote: 'its', anchoredText: 'x' };
    expect(anchorAnnotation(broken, text)).toEqual({ start: 25, end: 28 });
  });
});

describe('textChangesBetween', () => {
  it.each([
    ['', 'abc'],
    ['abc', ''],
    ['the cat sat', 'the black cat sat down'],
    ['山西加快转型', '山西省加快推进转型发展'],
    ['aaaa', 'aaaaaa'],
  ])('turns %j into %j', (before, after) => {
    const result = textChangesBetween(before, after).reduce(applyTextChange, before);
    expect(result).toBe(after);
  });
});
