import { describe, expect, it } from 'vitest';
import { countGlossaryImport } from './countGlossaryImport';
import type { GlossaryConcept } from './glossaryEntry';
import { planGlossaryImport } from './planGlossaryImport';
import { termConcept } from './testing/termConcept';

const universities = termConcept('高校', [['universities', 'preferred']]);
const shanxi = termConcept('山西', [['Shanxi', 'preferred']]);

function plan(existing: GlossaryConcept[], imported: GlossaryConcept[]) {
  const result = planGlossaryImport(existing, imported);
  return {
    result,
    merge: countGlossaryImport(result, 'merge'),
    replace: countGlossaryImport(result, 'replace'),
  };
}

describe('planGlossaryImport', () => {
  it.each([
    {
      name: 'a new term is added',
      existing: [universities],
      imported: [shanxi],
      merge: { added: 1, changed: 0, conflicting: 0, unchanged: 0, removed: 0 },
      replace: { added: 1, changed: 0, conflicting: 0, unchanged: 0, removed: 1 },
    },
    {
      name: 'the same entry changes nothing',
      existing: [universities, shanxi],
      imported: [universities],
      merge: { added: 0, changed: 0, conflicting: 0, unchanged: 1, removed: 0 },
      replace: { added: 0, changed: 0, conflicting: 0, unchanged: 1, removed: 1 },
    },
    {
      name: 'another rendering changes the entry without a conflict',
      existing: [universities],
      imported: [termConcept('高校', [['higher education institutions', 'admitted']])],
      merge: { added: 0, changed: 1, conflicting: 0, unchanged: 0, removed: 0 },
      replace: { added: 0, changed: 1, conflicting: 0, unchanged: 0, removed: 0 },
    },
    {
      name: 'a rendering with another status is a conflict',
      existing: [universities],
      imported: [termConcept('高校', [['universities', 'forbidden']])],
      merge: { added: 0, changed: 1, conflicting: 1, unchanged: 0, removed: 0 },
      replace: { added: 0, changed: 1, conflicting: 1, unchanged: 0, removed: 0 },
    },
    {
      name: 'known and new terms are told apart',
      existing: [universities],
      imported: [termConcept('高校', [['universities', 'preferred']]), shanxi],
      merge: { added: 1, changed: 0, conflicting: 0, unchanged: 1, removed: 0 },
      replace: { added: 1, changed: 0, conflicting: 0, unchanged: 1, removed: 0 },
    },
  ])('$name', ({ existing, imported, merge, replace }) => {
    const counts = plan(existing, imported);
    expect(counts.merge).toEqual(merge);
    expect(counts.replace).toEqual(replace);
  });

  it('matches a term written in traditional characters', () => {
    const { result } = plan(
      [termConcept('两个基本实现', [['two basic goals', 'preferred']])],
      [termConcept('兩個基本實現', [['two fundamental goals', 'preferred']])],
    );
    expect(result.added).toEqual([]);
    expect(result.matched).toHaveLength(1);
  });

  it('merges both ways: the file or the glossary wins a conflict, one rendering stays preferred', () => {
    const { result } = plan(
      [universities],
      [
        termConcept('高校', [
          ['higher education institutions', 'preferred'],
          ['universities', 'deprecated'],
        ]),
      ],
    );
    const [match] = result.matched;
    expect(match?.isConflict).toBe(true);
    expect(match?.merged.renderings.map((r) => [r.text, r.status])).toEqual([
      ['universities', 'deprecated'],
      ['higher education institutions', 'preferred'],
    ]);
    expect(match?.mergedKeepingMine.renderings.map((r) => [r.text, r.status])).toEqual([
      ['universities', 'preferred'],
      ['higher education institutions', 'admitted'],
    ]);
  });

  it('fills empty fields from the file and keeps the glossary’s variants', () => {
    const mine = { ...universities, variants: [{ text: '高等院校', kind: 'variant' as const }] };
    const theirs = { ...universities, domain: 'education', partOfSpeech: 'noun' as const };
    const [match] = planGlossaryImport([mine], [theirs]).matched;
    expect(match?.merged).toMatchObject({
      domain: 'education',
      partOfSpeech: 'noun',
      variants: [{ text: '高等院校' }],
    });
    expect(match?.isConflict).toBe(false);
  });

  it('does not change what it is given', () => {
    const existing = [universities];
    const imported = [termConcept('高校', [['colleges', 'admitted']])];
    const before = JSON.stringify([existing, imported]);
    planGlossaryImport(existing, imported);
    expect(JSON.stringify([existing, imported])).toBe(before);
  });
});
