import { describe, expect, it } from 'vitest';
import { findBidiControls } from './findBidiControls';

describe('findBidiControls', () => {
  it.each([
    ['no controls', '山西省推进转型发展。', []],
    [
      'an override and its pop',
      '价格\u202E100元\u202C。',
      [
        { index: 2, name: 'RLO' },
        { index: 7, name: 'PDF' },
      ],
    ],
    [
      'every kind',
      '\u202A\u202B\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
      ['LRE', 'RLE', 'LRO', 'LRI', 'RLI', 'FSI', 'PDI', 'LRM', 'RLM', 'ALM'].map((name, index) => ({
        index,
        name,
      })),
    ],
    ['after an astral character', '𠀀\u200F', [{ index: 2, name: 'RLM' }]],
    ['not the zero-width joiner', 'a\u200Db\u200Cc', []],
  ])('finds %s', (_name, text, expected) => {
    expect(findBidiControls(text)).toEqual(expected);
  });
});
