import { describe, expect, it } from 'vitest';
import { spacedInsertion } from './spacedInsertion';

describe('spacedInsertion', () => {
  it.each([
    ['at the start of an empty target', '', 'overseas warehouse', '', 'overseas warehouse'],
    ['after a space', 'the ', 'overseas warehouse', '', 'overseas warehouse'],
    ['right after a word', 'the', 'overseas warehouse', '', ' overseas warehouse'],
    ['after a comma', 'first,', 'Double First-Class', '', ' Double First-Class'],
    ['after a full stop', 'It grew.', 'Shanxi', '', ' Shanxi'],
    ['before a word', '', 'Double First-Class', 'universities', 'Double First-Class '],
    ['before a space', 'the', 'Jing-Jin-Ji', ' region', ' Jing-Jin-Ji'],
    ['before a full stop', 'the ', 'overseas warehouse', '.', 'overseas warehouse'],
    ['before a comma', 'the ', 'overseas warehouse', ', which', 'overseas warehouse'],
    ['before a possessive', 'the ', 'Shanxi', '’s', 'Shanxi'],
    ['between two words', 'the', 'Jing-Jin-Ji', 'region', ' Jing-Jin-Ji '],
    ['between two spaces', 'the ', 'Jing-Jin-Ji', ' region', 'Jing-Jin-Ji'],
    ['after an opening parenthesis', '(', 'WTO', ')', 'WTO'],
    ['after a hyphen', 'non-', 'WTO', '', 'WTO'],
    ['inside curly quotes', 'the “', 'Six Roles', '” plan', 'Six Roles'],
    ['inside straight quotes', 'the "', 'Six Roles', '" plan', 'Six Roles'],
    ['after a closing straight quote', 'the "plan"', 'Six Roles', '', ' Six Roles'],
    ['before an opening straight quote', 'the', 'plan', '"Six Roles"', ' plan '],
    ['a quoted rendering after a word', 'the', '"Three Major Tasks"', '', ' "Three Major Tasks"'],
    ['a rendering ending in a comma', 'in', 'e.g.,', 'Taiyuan', ' e.g., '],
    ['after a line break', 'one\n', 'Shanxi', '', 'Shanxi'],
    // The same rule spaces what is typed right after a term inserted at the end.
    ['a word typed after a term', 'development', 'is', '', ' is'],
    ['a full stop typed after a term', 'development', '.', '', '.'],
    ['a comma typed after a term', 'development', ',', '', ','],
    ['a space typed after a term', 'development', ' ', '', ' '],
    ['a closing quote typed after a quoted term', '"Six Roles', '"', '', '"'],
  ])('%s', (_name, before, text, after, expected) => {
    expect(spacedInsertion(before, text, after)).toBe(expected);
  });
});
