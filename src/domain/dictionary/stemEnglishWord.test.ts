import { describe, expect, it } from 'vitest';
import { englishContentStems } from './englishContentStems';
import { stemEnglishWord } from './stemEnglishWord';

describe('stemEnglishWord', () => {
  it.each([
    ['friends', 'friend'],
    ['studies', 'study'],
    ['studied', 'study'],
    ['making', 'mak'],
    ['make', 'mak'],
    ['stopped', 'stop'],
    ['said', 'say'],
    ['children', 'child'],
    ['glass', 'glass'],
    ['bus', 'bus'],
    ['boxes', 'box'],
    ['angrily', 'angry'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglishWord(word)).toBe(stem);
  });

  it('gives inflected forms of a word the same stem', () => {
    expect(new Set(['climb', 'climbs', 'climbed', 'climbing'].map(stemEnglishWord)).size).toBe(1);
  });
});

describe('englishContentStems', () => {
  it('drops stop words and possessives and keeps repeats in order', () => {
    expect(englishContentStems("The teacher's books and the teacher")).toEqual([
      'teacher',
      'book',
      'teacher',
    ]);
  });
});
