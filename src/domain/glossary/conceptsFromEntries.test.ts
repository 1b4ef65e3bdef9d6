import { describe, expect, it } from 'vitest';
import { conceptsFromEntries } from './conceptsFromEntries';
import { entriesFromConcepts } from './entriesFromConcepts';
import type { GlossaryEntry } from './glossaryEntry';

const line = (source: string, target: string, partOfSpeech = '', note = ''): GlossaryEntry => ({
  source,
  target,
  partOfSpeech,
  note,
});

describe('conceptsFromEntries', () => {
  it('makes one concept a term: the first rendering preferred, later ones admitted', () => {
    const concepts = conceptsFromEntries([
      line('高校', 'universities', 'noun'),
      line('山西', 'Shanxi', 'proper noun', 'the province'),
      line('高校', 'higher education institutions', '', 'used in titles'),
      line('高校', 'universities'),
    ]);
    expect(concepts.map((concept) => [concept.term, concept.renderings])).toEqual([
      [
        '高校',
        [
          { text: 'universities', status: 'preferred', note: '' },
          { text: 'higher education institutions', status: 'admitted', note: '' },
        ],
      ],
      ['山西', [{ text: 'Shanxi', status: 'preferred', note: '' }]],
    ]);
    expect(concepts[0]).toMatchObject({ partOfSpeech: 'noun', note: 'used in titles' });
    expect(concepts[1]).toMatchObject({ partOfSpeech: 'properNoun', note: 'the province' });
  });
});

describe('entriesFromConcepts', () => {
  it('pairs the term and its variants with the renderings to use, preferred first', () => {
    const [concept] = conceptsFromEntries([line('高校', 'universities')]);
    if (concept === undefined) throw new Error('no concept');
    const entries = entriesFromConcepts([
      {
        ...concept,
        variants: [{ text: '高等院校', kind: 'variant' }],
        renderings: [
          { text: 'colleges', status: 'admitted', note: '' },
          { text: 'high schools', status: 'forbidden', note: '' },
          { text: 'universities', status: 'preferred', note: '' },
          { text: 'academies', status: 'deprecated', note: '' },
        ],
      },
    ]);
    expect(entries.map((entry) => `${entry.source}=${entry.target}`)).toEqual([
      '高校=universities',
      '高校=colleges',
      '高等院校=universities',
      '高等院校=colleges',
    ]);
  });
});

describe('conceptsFromEntries with the fields of a termbase file', () => {
  it('keeps statuses, domain, variants and dates, and groups lines by concept id', () => {
    const concepts = conceptsFromEntries([
      {
        ...line('高校', 'universities'),
        status: 'deprecated',
        domain: 'education',
        conceptId: 'c1',
      },
      { ...line('高校', 'higher education institutions'), status: 'preferred', conceptId: 'c1' },
      { ...line('高校', 'colleges', '', 'own note'), sourceVariants: ['高等院校'], createdAt: 5 },
    ]);
    expect(concepts).toHaveLength(2);
    expect(concepts[0]).toMatchObject({
      domain: 'education',
      renderings: [
        { text: 'universities', status: 'deprecated' },
        { text: 'higher education institutions', status: 'preferred' },
      ],
    });
    expect(concepts[1]).toMatchObject({
      variants: [{ text: '高等院校', kind: 'variant' }],
      renderings: [{ text: 'colleges', status: 'preferred', note: '' }],
      note: 'own note',
      createdAt: 5,
    });
  });
});
