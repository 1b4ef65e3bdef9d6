import { describe, expect, it } from 'vitest';
import type { ProjectId } from '../ids';
import { createMemoryIndex } from './createMemoryIndex';
import { fuzzySimilarity } from './fuzzySimilarity';
import type { MemoryUnit, MemoryUnitId } from './memoryUnit';

function unit(id: string, source: string, target = `${id} in English`): MemoryUnit {
  return {
    id: id as MemoryUnitId,
    source,
    target,
    origin: 'imported',
    projectId: null as ProjectId | null,
    segmentId: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

const units = [
  unit('figure', '山西省今年完成投资48亿元。', 'Shanxi invested 4.8 billion yuan this year.'),
  unit('exact', '山西省今年完成投资35亿元。', 'Shanxi invested 3.5 billion yuan this year.'),
  unit('character', '山西省去年完成投资35亿元。', 'Shanxi invested 3.5 billion yuan last year.'),
  unit('longer', '山西省今年共计完成投资35亿元。', 'In all, Shanxi invested 3.5 billion yuan.'),
  unit('far', '我们明天去北京看看。', 'We will visit Beijing tomorrow.'),
  unit('tie', '山西省今年完成投资35亿元!', 'Shanxi invested 3.5 billion yuan this year!'),
  unit('tie-later', '山西省今年完成投资35亿元?', 'Did Shanxi invest 3.5 billion yuan this year?'),
];

describe('createMemoryIndex lookup', () => {
  it.each([
    [
      '山西省今年完成投资35亿元。',
      70,
      [
        ['exact', 100],
        ['tie', 99],
        ['tie-later', 99],
        ['figure', 97],
        ['character', 91],
      ],
    ],
    [
      '山西省今年完成投资35亿元。',
      98,
      [
        ['exact', 100],
        ['tie', 99],
        ['tie-later', 99],
      ],
    ],
    ['我们明天去上海看看。', 70, [['far', 78]]],
    ['完全不同的句子', 50, []],
    ['', 70, []],
  ])('ranks the matches of %s (minimum %i)', (sentence, minScore, expected) => {
    const index = createMemoryIndex(units);
    const found = index.lookup(sentence, { minScore, limit: 5 });
    expect(found.map((match) => [match.unit.id, match.score])).toEqual(expected);
  });

  it('puts an exact match first whatever the order of the units', () => {
    const index = createMemoryIndex([...units].reverse());
    const [first] = index.lookup('山西省今年完成投资35亿元。');
    expect(first).toMatchObject({ isExact: true, score: 100 });
    expect(first?.unit.id).toBe('exact');
  });

  it('gives the same scores as fuzzySimilarity', () => {
    const index = createMemoryIndex(units);
    const sentence = '山西省今年完成投资35亿元,同比增长。';
    for (const match of index.lookup(sentence, { minScore: 1, limit: 10 })) {
      expect(match.score).toBe(fuzzySimilarity(sentence, match.unit.source));
    }
  });

  it('lists a pair stored twice once', () => {
    const exact = unit('exact', '山西省今年完成投资35亿元。');
    const index = createMemoryIndex([exact, { ...exact, id: 'copy' as MemoryUnitId }]);
    expect(index.lookup('山西省今年完成投资35亿元。')).toHaveLength(1);
  });

  it('replaces a unit added again and forgets a removed one', () => {
    const index = createMemoryIndex(units);
    index.add([unit('exact', '别的句子。')]);
    index.remove('figure' as MemoryUnitId);
    const ids = index.lookup('山西省今年完成投资35亿元。').map((match) => match.unit.id);
    expect(ids).not.toContain('exact');
    expect(ids).not.toContain('figure');
    expect(index.size).toBe(units.length - 1);
  });

  it('finds the nearest of many similar units', () => {
    const many = Array.from({ length: 2000 }, (_, number) =>
      unit(`unit-${number}`, `第${number}句:全省各地加快推进转型发展,今年完成投资${number}亿元。`),
    );
    const index = createMemoryIndex(many);
    const [best] = index.lookup('第1234句:全省各地加快推进转型发展,今年完成投资1234亿元。');
    expect(best?.unit.id).toBe('unit-1234');
    const [near] = index.lookup('第77句:全省各地加快推进高质量发展,今年完成投资77亿元。');
    expect(near?.unit.id).toBe('unit-77');
  });
});

describe('createMemoryIndex concordance', () => {
  it.each([
    ['完成投资', 'source', ['figure', 'exact', 'character', 'longer', 'tie', 'tie-later']],
    ['北京', 'source', ['far']],
    ['京', 'source', ['far']],
    ['billion yuan this', 'target', ['figure', 'exact', 'tie', 'tie-later']],
    ['BEIJING', 'target', ['far']],
    ['bill', 'target', []],
    ['  ', undefined, []],
  ] as const)('finds %s on the %s side', (phrase, side, expected) => {
    const index = createMemoryIndex(units);
    const hits = index.concordance(phrase, side === undefined ? {} : { side });
    expect(hits.map((hit) => hit.unit.id)).toEqual(expected);
  });

  it('gives the offsets of every occurrence', () => {
    const index = createMemoryIndex([unit('twice', '北京和北京', 'Beijing, and beijing')]);
    expect(index.concordance('北京').map((hit) => [hit.side, hit.ranges])).toEqual([
      [
        'source',
        [
          { start: 0, end: 2 },
          { start: 3, end: 5 },
        ],
      ],
    ]);
    expect(index.concordance('beijing', { side: 'target' })[0]?.ranges).toEqual([
      { start: 0, end: 7 },
      { start: 13, end: 20 },
    ]);
  });
});
