import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExchangeFormatError } from '../exchange/ExchangeFormatError';
import { readWithTranslateToolkit } from '../exchange/testing/readWithTranslateToolkit';
import { PARTS_OF_SPEECH, TERM_STATUSES, type GlossaryEntry } from '../glossary/glossaryEntry';
import { parseGlossaryTsv } from '../glossary/parseGlossaryTsv';
import { writeGlossaryTsv } from '../glossary/writeGlossaryTsv';
import { XmlReadError } from '../xml/XmlReadError';
import { readTbx } from './readTbx';
import { writeTbx } from './writeTbx';

const term = fc
  .array(fc.constantFrom(...Array.from('两个基本实现甲乙丙&<>"\'az ,;'), '𠀋', '😀', '\t'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((characters) => characters.join('').replace(/;/g, '').trim())
  .filter((text) => text !== '');
const seconds = fc.integer({ min: 0, max: 4_000_000_000 }).map((value) => value * 1000);

/** Concepts of one or more renderings: concept-level fields shared by all the concept's rows. */
const glossary: fc.Arbitrary<GlossaryEntry[]> = fc
  .uniqueArray(
    fc.record(
      {
        source: term,
        domain: term,
        definition: term,
        sourceVariants: fc.uniqueArray(term, { minLength: 1, maxLength: 2 }),
        // TBX always has a place for the concept's own note: it reads back as '' when empty.
        entryNote: fc.oneof(fc.constant(''), term),
        entrySource: term,
      },
      { requiredKeys: ['source', 'entryNote'] },
    ),
    { selector: (concept) => concept.source, maxLength: 5 },
  )
  .chain((concepts) =>
    fc.tuple(
      ...concepts.map((concept) =>
        fc
          .array(
            fc.record(
              {
                target: term,
                partOfSpeech: fc.constantFrom('', ...PARTS_OF_SPEECH),
                note: fc.oneof(fc.constant(''), term),
                status: fc.constantFrom(...TERM_STATUSES),
                createdAt: seconds,
                changedAt: seconds,
              },
              { requiredKeys: ['target', 'partOfSpeech', 'note'] },
            ),
            { minLength: 1, maxLength: 3 },
          )
          .map((renderings) =>
            renderings.map((rendering): GlossaryEntry => ({ ...concept, ...rendering })),
          ),
      ),
    ),
  )
  .map((concepts) => concepts.flat());

const withoutConceptIds = (entries: readonly GlossaryEntry[]) =>
  entries.map(({ conceptId: _conceptId, ...entry }) => entry);

describe('writeTbx and readTbx', () => {
  it.each([3, 2] as const)('TBX v%s reads back every entry, field for field', async (version) => {
    await fc.assert(
      fc.asyncProperty(glossary, async (entries) => {
        const read = await readTbx(writeTbx(entries, { version }));
        expect(read.version).toBe(version);
        expect(withoutConceptIds(read.entries)).toEqual(entries);
      }),
    );
  });

  it('TSV → TBX → TSV is lossless', async () => {
    await fc.assert(
      fc.asyncProperty(glossary, async (entries) => {
        const tsv = writeGlossaryTsv(entries);
        const back = writeGlossaryTsv(
          (await readTbx(writeTbx(parseGlossaryTsv(tsv), { version: 3 }))).entries,
        );
        expect(back).toBe(tsv);
      }),
    );
  });

  it('TBX v2 → TBX v3 keeps every entry and concept id', async () => {
    await fc.assert(
      fc.asyncProperty(glossary, async (entries) => {
        const fromV2 = await readTbx(writeTbx(entries, { version: 2 }));
        const fromV3 = await readTbx(writeTbx(fromV2.entries, { version: 3 }));
        expect(fromV3.entries).toEqual(fromV2.entries);
      }),
    );
  });

  it.each([
    ['properNoun', 'properNoun'],
    ['proper noun', 'properNoun'],
    ['Adj', 'adjective'],
    ['短语', 'other'],
    ['interjection', 'other'],
  ])('writes the part of speech %s as TBX-Basic’s %s', (ours, tbx) => {
    const text = writeTbx(
      [{ source: '百亿工程', target: 'Ten-Billion Project', partOfSpeech: ours, note: '' }],
      { version: 2 },
    );
    expect(text).toContain(`<termNote type="partOfSpeech">${tbx}</termNote>`);
  });

  it('writes the TBX-Basic structure FORMATS.md describes', () => {
    const text = writeTbx(
      [
        {
          source: '高校',
          target: 'universities',
          partOfSpeech: 'noun',
          note: '',
          status: 'preferred',
          domain: 'education',
          sourceVariants: ['高等学校'],
          conceptId: '1x',
        },
        {
          source: '高校',
          target: 'colleges',
          partOfSpeech: 'noun',
          note: 'n',
          status: 'forbidden',
          conceptId: '1x',
        },
      ],
      { version: 3 },
    );
    expect(text).toContain(
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    );
    expect(text).toContain('<tbxHeader><fileDesc><sourceDesc><p>');
    expect(text).toContain(
      // A table's one note column: its first note is the concept's (splitConceptNotes).
      '<conceptEntry id="c1"><descrip type="subjectField">education</descrip><note>n</note><langSec xml:lang="zh-CN">',
    );
    expect(text).toContain(
      '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
    );
    expect(text).toContain(
      '<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>',
    );
    expect(text).toContain('<term>高等学校</term><termNote type="termType">variant</termNote>');
    for (const section of text.match(/<termSec>.*?<\/termSec>/g) ?? [])
      expect(section.match(/<term>/g), section).toHaveLength(1);
  });

  it('TBX v2 is read back by translate-toolkit with every term', () => {
    fc.assert(
      fc.property(glossary, (entries) => {
        const store = readWithTranslateToolkit('tbx2', writeTbx(entries, { version: 2 }));
        const firstOfEachConcept = entries.filter(
          (entry, index) => entries.findIndex((other) => other.source === entry.source) === index,
        );
        expect(store.units.map((unit) => [unit.source, unit.target])).toEqual(
          firstOfEachConcept.map((entry) => [entry.source, entry.target]),
        );
      }),
      { numRuns: 10 },
    );
  });

  it('reads a TBX from another tool: ntig, descripGrp, langSet lang tags, concept and term notes apart, a concept without a rendering skipped', async () => {
    const text = `<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><note>Short for 高等学校.</note><admin type="source">MOE list</admin><langSet xml:lang="zh-Hant"><tig><term>高校繁</term></tig></langSet><langSet xml:lang="zh_CN"><ntig><termGrp><term>高校</term><termNote type="partOfSpeech">noun</termNote></termGrp></ntig></langSet><langSet xml:lang="en-US"><descripGrp><descrip type="definition">a school</descrip></descripGrp><tig><term>universities</term><note>in titles</note></tig></langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="zh"><tig><term>孤</term></tig></langSet></termEntry>
</body></text></martif>`;
    const read = await readTbx(text);
    expect(read.entries).toEqual([
      {
        source: '高校',
        target: 'universities',
        partOfSpeech: 'noun',
        note: 'in titles',
        entryNote: 'Short for 高等学校.',
        entrySource: 'MOE list',
        definition: 'a school',
        sourceVariants: ['高校繁'],
        conceptId: 't1',
      },
    ]);
    expect(read.skippedLines).toEqual([3]);
  });

  it.each([
    [
      'a DOCTYPE',
      '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif/>',
      XmlReadError,
      'doctype',
      2,
    ],
    [
      'a billion laughs',
      `<!DOCTYPE tbx [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n<tbx>&b;</tbx>`,
      XmlReadError,
      'entityDeclaration',
      2,
    ],
    [
      'malformed XML',
      '<tbx>\n<text><body>\n<conceptEntry id="c1">\n</body></text></tbx>',
      XmlReadError,
      'malformed',
      4,
    ],
    ['another root', '<tmx version="1.4"/>', ExchangeFormatError, 'wrongRoot', 1],
    [
      'a term section without a term',
      '<tbx><text><body><conceptEntry id="c1"><langSec xml:lang="zh">\n<termSec></termSec></langSec></conceptEntry></body></text></tbx>',
      ExchangeFormatError,
      'missingElement',
      2,
    ],
  ])('refuses %s, naming the line', async (_name, text, type, code, line) => {
    const error = await readTbx(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ code, line });
  });
});
