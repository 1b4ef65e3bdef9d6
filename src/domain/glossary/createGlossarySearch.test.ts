import { describe, expect, it } from 'vitest';
import { createGlossarySearch } from './createGlossarySearch';
import { termConcept } from './testing/termConcept';

const search = createGlossarySearch([
  termConcept('两个基本实现', [['Two Basic Achievements', 'preferred']]),
  termConcept('高校', [['universities', 'preferred']], [{ text: '高等院校', kind: 'variant' }]),
  termConcept('六大行动', [['Six Major Initiatives', 'preferred']]),
]);
const terms = (query: string) => search(query).map((entry) => entry.term);

describe('createGlossarySearch', () => {
  it.each([
    ['liangge', ['两个基本实现']],
    ['lgjbsx', ['两个基本实现']],
    ['liǎng gè', ['两个基本实现']],
    ['jibenshixian', ['两个基本实现']],
    ['LGJB', ['两个基本实现']],
    ['兩個', ['两个基本实现']],
    ['院校', ['高校']],
    ['gdyx', ['高校']],
    ['major', ['六大行动']],
    ['ＭＡＪＯＲ', ['六大行动']],
    ['xyz', []],
    ['', ['两个基本实现', '高校', '六大行动']],
  ])('%j finds %j', (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });
});
