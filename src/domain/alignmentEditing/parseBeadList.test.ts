import { describe, expect, it } from 'vitest';
import { beadListFixture } from './beadListFixture';
import { confirmThrough } from './confirmThrough';
import { mergeWithNext } from './mergeWithNext';
import { parseBeadList } from './parseBeadList';
import { parseBeadListChange } from './parseBeadListChange';
import { splitSentence } from './splitSentence';

describe('parseBeadList', () => {
  it('reads back a stored list', () => {
    const list = beadListFixture('1-1 2-1! 0-1*');
    expect(parseBeadList(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });

  it.each([
    ['not an object', 'a string', /not a bead list/],
    ['no beads', { source: [], target: [] }, /no beads/],
    [
      'a bad count',
      {
        source: [],
        target: [],
        beads: [{ sourceCount: -1, targetCount: 0, confidence: null, confirmed: false }],
      },
      /beads 0 has no sentence counts/,
    ],
    [
      'a confidence above 1',
      {
        source: [],
        target: [],
        beads: [{ sourceCount: 0, targetCount: 0, confidence: 2, confirmed: false }],
      },
      /outside/,
    ],
    [
      'an empty sentence',
      { source: [{ text: '', paragraphStart: true }], target: [], beads: [] },
      /source 0 has no text/,
    ],
    [
      'counts that do not add up',
      { ...beadListFixture('1-1'), beads: [] },
      /do not hold exactly the sentences/,
    ],
  ])('refuses %s', (_name, value, message) => {
    expect(() => parseBeadList(value)).toThrow(message);
  });
});

describe('parseBeadListChange', () => {
  it.each([
    ['a merge', mergeWithNext(beadListFixture('1-1 1-1'), 0)],
    ['a sentence split', splitSentence(beadListFixture('1-1'), 'source', 0, 1)],
    ['a confirmation', confirmThrough(beadListFixture('1-1 1-1! 1-1'), 2)],
  ])('reads back %s', (_name, result) => {
    if (!result.ok) throw new Error(result.reason);
    expect(parseBeadListChange(JSON.parse(JSON.stringify(result.change)))).toEqual(result.change);
  });

  it.each([
    ['no splices', {}, /no splices/],
    [
      'a bad position',
      { splices: [{ part: 'beads', at: -1, removed: [], inserted: [] }] },
      /Splice 0 has no position/,
    ],
    [
      'an unknown part',
      { splices: [{ part: 'notes', at: 0, removed: [], inserted: [] }] },
      /no known part/,
    ],
    [
      'a bad bead',
      { splices: [{ part: 'beads', at: 0, removed: [{}], inserted: [] }] },
      /a removed bead/,
    ],
  ])('refuses %s', (_name, value, message) => {
    expect(() => parseBeadListChange(value)).toThrow(message);
  });
});
