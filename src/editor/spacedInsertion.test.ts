import { describe, expect, it } from 'vitest';
import { spacedInsertion } from './spacedInsertion';

describe('spacedInsertion', () => {
  it.each([
    ['at the start of an empty target', '', 'overseas warehouse', '', 'overseas warehouse'],
    ['after a space', 'the ', 'overseas warehouse', '', 'overseas warehouse'],
    ['right after a word', 'the', 'overseas warehouse', '', ' overseas warehouse'],
    ['after a comma', 'first,', 'Double First-Class', '', ' Double First-Class'],
    ['before a word', '', 'Double First-Class', 'universities', 'Double First-Class '],
    ['before punctuation', 'the ', 'overseas warehouse', '.', 'overseas warehouse'],
    ['between two words', 'the', 'Jing-Jin-Ji', 'region', ' Jing-Jin-Ji '],
    ['after an opening parenthesis', '(', 'WTO', ')', 'WTO'],
  ])('%s', (_name, before, text, after, expected) => {
    expect(spacedInsertion(before, text, after)).toBe(expected);
  });
});
