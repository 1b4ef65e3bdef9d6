import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedFormatError } from '../delimited/DelimitedFormatError';
import { ExchangeFormatError } from '../exchange/ExchangeFormatError';
import { writeTbx } from '../termbase/writeTbx';
import { XmlReadError } from '../xml/XmlReadError';
import { conceptsFromEntries } from './conceptsFromEntries';
import { PARTS_OF_SPEECH, TERM_STATUSES, type GlossaryConcept } from './glossaryEntry';
import { linesFromConcepts } from './linesFromConcepts';
import { readGlossaryFile } from './readGlossaryFile';
import { writeGlossaryTsv } from './writeGlossaryTsv';

const text = fc
  .array(fc.constantFrom(...Array.from('两个基本实现高校&<>"\'a Z'), '𠀋'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((characters) => characters.join('').trim())
  .filter((value) => value !== '');

const optionalText = fc.oneof(fc.constant(''), text);
const concepts: fc.Arbitrary<GlossaryConcept[]> = fc
  .uniqueArray(
    fc.record({
      term: text,
      variants: fc.uniqueArray(text, { maxLength: 2 }),
      renderings: fc.uniqueArray(
        fc.record({ text, status: fc.constantFrom(...TERM_STATUSES), note: optionalText }),
        { selector: (rendering) => rendering.text, minLength: 1, maxLength: 3 },
      ),
      partOfSpeech: fc.constantFrom(undefined, ...PARTS_OF_SPEECH),
      definition: optionalText,
      domain: optionalText,
      note: optionalText,
      source: optionalText,
    }),
    { selector: (concept) => concept.term, maxLength: 4 },
  )
  .map((list) =>
    list.map((concept) => ({
      ...concept,
      variants: concept.variants
        .filter((variant) => variant !== concept.term)
        .map((variant) => ({ text: variant, kind: 'variant' as const })),
      createdAt: undefined,
      changedAt: undefined,
    })),
  );

/** A concept as a file gives it back: renderings preferred first, then admitted, deprecated, forbidden. */
const asExported = (concept: GlossaryConcept): GlossaryConcept => ({
  ...concept,
  renderings: TERM_STATUSES.flatMap((status) =>
    concept.renderings.filter((rendering) => rendering.status === status),
  ),
});

describe('readGlossaryFile', () => {
  it('tells TSV, CSV, TBX v3 and TBX v2 from their content', async () => {
    const lines = linesFromConcepts([
      {
        term: '高校',
        variants: [],
        renderings: [{ text: 'universities', status: 'preferred', note: '' }],
        partOfSpeech: 'noun',
        definition: '',
        note: '',
        domain: '',
        source: '',
        createdAt: undefined,
        changedAt: undefined,
      },
    ]);
    const files = {
      tsv: writeGlossaryTsv(lines, 'tsv'),
      csv: writeGlossaryTsv(lines, 'csv'),
      tbx: writeTbx(lines, { version: 3 }),
      tbx2: writeTbx(lines, { version: 2 }),
    };
    for (const [format, content] of Object.entries(files)) {
      const read = await readGlossaryFile(content, 'glossary.txt');
      expect(read.format).toBe(format);
      expect(read.entries.map((entry) => [entry.source, entry.target])).toEqual([
        ['高校', 'universities'],
      ]);
    }
  });

  it('keeps every field of every concept through each format, renderings preferred first', async () => {
    await fc.assert(
      fc.asyncProperty(
        concepts,
        fc.constantFrom('tsv', 'csv', 'tbx', 'tbx2'),
        async (list, format) => {
          const lines = linesFromConcepts(list);
          const content =
            format === 'tsv' || format === 'csv'
              ? writeGlossaryTsv(lines, format)
              : writeTbx(lines, { version: format === 'tbx' ? 3 : 2 });
          if (list.length === 0) return;
          const read = conceptsFromEntries((await readGlossaryFile(content)).entries);
          expect(read).toEqual(list.map(asExported));
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY x "y">]>\n<tbx type="TBX-Basic"/>',
      XmlReadError,
    ],
    ['malformed XML', '<tbx type="TBX-Basic">\n<text><body>\n</tbx>', XmlReadError],
    ['a table without its en column', 'zh\tnote\n高校\tx\n', DelimitedFormatError],
    ['plain text', 'just some words', ExchangeFormatError],
  ])('refuses %s, naming the line', async (_name, content, kind) => {
    const refusal = await readGlossaryFile(content).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(kind);
  });
});
