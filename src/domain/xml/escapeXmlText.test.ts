import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countXmlDisallowedCharacters } from './countXmlDisallowedCharacters';
import { elementText } from './elementText';
import { escapeXmlAttribute } from './escapeXmlAttribute';
import { escapeXmlText } from './escapeXmlText';
import { isXmlCharacter } from './isXmlCharacter';
import { parseXmlDocument } from './parseXmlDocument';

const xmlText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) =>
  Array.from(text)
    .filter((character) => isXmlCharacter(character.codePointAt(0) ?? 0))
    .join(''),
);

describe('escapeXmlText and escapeXmlAttribute', () => {
  it('escape markup, keep characters outside the BMP, and read back exactly', () => {
    fc.assert(
      fc.property(xmlText, xmlText, (text, value) => {
        const root = parseXmlDocument(
          `<a v="${escapeXmlAttribute(value)}">${escapeXmlText(text)}</a>`,
        );
        expect(elementText(root)).toBe(text);
        expect(root.attributes['v']).toBe(value);
      }),
    );
  });

  it('keep tabs, line feeds and carriage returns through attribute and text normalisation', () => {
    const value = 'a\tb\nc\r\nd "e" \'f\' <g> & 𠀋';
    const root = parseXmlDocument(
      `<a v="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</a>`,
    );
    expect(root.attributes['v']).toBe(value);
    expect(elementText(root)).toBe(value);
  });

  it('put U+FFFD for the characters XML 1.0 cannot hold, and count them', () => {
    const text = 'a\u0000b\u001Bc\uFFFEd\uD800e';
    expect(escapeXmlText(text)).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(countXmlDisallowedCharacters(text)).toBe(4);
    expect(countXmlDisallowedCharacters('甲\t乙\n😀')).toBe(0);
  });
});
