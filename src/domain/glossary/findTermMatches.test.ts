import { describe, expect, it } from 'vitest';
import { findTermMatches } from './findTermMatches';

const terms = [
  { id: 'shanxi', source: '山西' },
  { id: 'zone', source: '山西转型综改示范区' },
  { id: 'goal', source: '两个基本实现' },
  { id: 'empty', source: '' },
];

describe('findTermMatches', () => {
  it.each([
    ['奋进“两个基本实现”目标', [{ id: 'goal', start: 3, end: 9 }]],
    ['位于山西转型综改示范区的', [{ id: 'zone', start: 2, end: 11 }]],
    [
      '山西山西',
      [
        { id: 'shanxi', start: 0, end: 2 },
        { id: 'shanxi', start: 2, end: 4 },
      ],
    ],
    ['没有术语', []],
    ['', []],
  ])('finds the longest non-overlapping terms in %s', (text, expected) => {
    expect(findTermMatches(text, terms)).toEqual(expected);
  });

  it('does not reorder the terms it is given', () => {
    const input = [...terms];
    findTermMatches('山西转型综改示范区', input);
    expect(input).toEqual(terms);
  });
});
