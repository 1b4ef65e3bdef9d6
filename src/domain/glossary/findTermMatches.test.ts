import { describe, expect, it } from 'vitest';
import { findTermMatches } from './findTermMatches';

const terms = [
  { id: 'shanxi', source: '山西' },
  { id: 'zone', source: '山西转型综改示范区' },
  { id: 'goal', source: '两个基本实现' },
  { id: 'basic', source: '基本实现' },
  { id: 'university', source: '高校' },
  { id: 'campus', source: '校园区' },
  { id: 'ai', source: 'AI大模型' },
  { id: 'empty', source: '' },
  { id: 'shanxiAgain', source: '山西' },
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
    ['高校园区', [{ id: 'campus', start: 1, end: 4 }]],
    [
      '高校与校园区',
      [
        { id: 'university', start: 0, end: 2 },
        { id: 'campus', start: 3, end: 6 },
      ],
    ],
    ['實現兩個基本實現', [{ id: 'goal', start: 2, end: 8 }]],
    ['發展ＡＩ大模型', [{ id: 'ai', start: 2, end: 7 }]],
    ['ai大模型', [{ id: 'ai', start: 0, end: 5 }]],
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

  it('finds terms outside the Basic Multilingual Plane', () => {
    expect(findTermMatches('𠀀𠀁山', [{ id: 'rare', source: '𠀁山' }])).toEqual([
      { id: 'rare', start: 2, end: 5 },
    ]);
  });
});
