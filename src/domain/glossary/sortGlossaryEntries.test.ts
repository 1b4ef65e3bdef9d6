import { describe, expect, it } from 'vitest';
import type { GlossaryConcept } from './glossaryEntry';
import { sortGlossaryEntries, type GlossarySortColumn } from './sortGlossaryEntries';
import { termConcept } from './testing/termConcept';

const entries: GlossaryConcept[] = [
  { ...termConcept('转型', [['transformation', 'preferred']]), domain: 'economy', changedAt: 3 },
  {
    ...termConcept('高校', [
      ['universities', 'preferred'],
      ['high schools', 'forbidden'],
    ]),
    partOfSpeech: 'noun',
    changedAt: 1,
  },
  {
    ...termConcept('山西', [
      ['Shanxi', 'preferred'],
      ['Shansi', 'deprecated'],
    ]),
    changedAt: 2,
  },
];
const counts = new Map([
  ['转型', 5],
  ['高校', 1],
  ['山西', 9],
]);

describe('sortGlossaryEntries', () => {
  it.each<[GlossarySortColumn, boolean, string]>([
    ['term', false, '高校 山西 转型'],
    ['term', true, '转型 山西 高校'],
    ['rendering', false, '山西 转型 高校'],
    ['status', true, '高校 山西 转型'],
    ['partOfSpeech', false, '高校 山西 转型'],
    ['domain', false, '转型 高校 山西'],
    ['changed', true, '转型 山西 高校'],
    ['occurrences', true, '山西 转型 高校'],
  ])('by %s (descending: %s)', (column, isDescending, expected) => {
    const sorted = sortGlossaryEntries(
      entries,
      { column, isDescending },
      (entry) => counts.get(entry.term) ?? 0,
    );
    expect(sorted.map((entry) => entry.term).join(' ')).toBe(expected);
  });

  it('returns a new array', () => {
    const sorted = sortGlossaryEntries(entries, { column: 'term', isDescending: false });
    expect(sorted).not.toBe(entries);
    expect(entries[0]?.term).toBe('转型');
  });
});
