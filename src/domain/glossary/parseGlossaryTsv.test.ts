import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedFormatError } from '../delimited/DelimitedFormatError';
import { TERM_STATUSES, type GlossaryEntry } from './glossaryEntry';
import { parseGlossaryTsv } from './parseGlossaryTsv';
import { writeGlossaryTsv } from './writeGlossaryTsv';

function refusal(text: string, format: 'tsv' | 'csv' = 'tsv'): unknown {
  try {
    parseGlossaryTsv(text, format);
  } catch (error) {
    return error;
  }
  return undefined;
}

const term = fc
  .array(fc.constantFrom(...Array.from('两个基本实现甲乙丙&<>"\'az ,\t'), '𠀋', '😀'), {
    minLength: 1,
    maxLength: 10,
  })
  .map((characters) => characters.join('').trim())
  .filter((text) => text !== '');
const entry: fc.Arbitrary<GlossaryEntry> = fc.record(
  {
    source: term,
    target: term,
    partOfSpeech: fc.constantFrom('', 'noun', 'phrase'),
    note: fc.constantFrom('', 'a "note", with\nlines & <marks>'),
    status: fc.constantFrom(...TERM_STATUSES),
    domain: term,
    sourceVariants: fc.array(term, { minLength: 1, maxLength: 2 }),
    createdAt: fc.integer({ min: 0, max: 4_000_000_000 }).map((seconds) => seconds * 1000),
  },
  { requiredKeys: ['source', 'target', 'partOfSpeech', 'note'] },
);

describe('parseGlossaryTsv', () => {
  it('reads the columns named by the header, in any order, skipping blank lines', () => {
    const text =
      '\uFEFFen\tzh\tnote\r\nthe "two basic realizations"\t两个基本实现\tslogan\r\n\r\nShanxi\t山西\t\n';
    expect(parseGlossaryTsv(text)).toEqual([
      {
        source: '两个基本实现',
        target: 'the "two basic realizations"',
        partOfSpeech: '',
        note: 'slogan',
      },
      { source: '山西', target: 'Shanxi', partOfSpeech: '', note: '' },
    ]);
  });

  it('reads the starter glossary as it is', () => {
    const text = readFileSync(new URL('../../../corpus/glossary.tsv', import.meta.url), 'utf8');
    const entries = parseGlossaryTsv(text);
    expect(entries).toHaveLength(105);
    expect(entries[0]).toMatchObject({ source: '两个基本实现', target: 'Two Basic Achievements' });
  });

  it('reads the optional columns of a CSV with RFC 4180 quoting', () => {
    const text =
      'status,domain,zh,en,pos,variants,changed\r\nforbidden,education,高校,"universities, colleges",noun,高等学校; 高等院校,2026-12-04T04:40:00.000Z\r\n';
    expect(parseGlossaryTsv(text, 'csv')).toEqual([
      {
        source: '高校',
        target: 'universities, colleges',
        partOfSpeech: 'noun',
        note: '',
        status: 'forbidden',
        domain: 'education',
        sourceVariants: ['高等学校', '高等院校'],
        changedAt: Date.parse('2026-12-04T04:40:00Z'),
      },
    ]);
  });

  it.each([
    ['a file without a header', '山西\tShanxi\n', 'missingColumn', 1, 'zh'],
    ['a header without en', 'zh\tnote\n山西\tx\n', 'missingColumn', 1, 'en'],
    ['a line without a rendering', 'zh\ten\n山西\tShanxi\n京津冀\t\n', 'emptyCell', 3, 'en'],
    ['an unknown status', 'zh\ten\tstatus\n\n山西\tShanxi\tbanned\n', 'badValue', 3, 'status'],
    ['a bad date', 'zh\ten\tcreated\n山西\tShanxi\tyesterday\n', 'badValue', 2, 'created'],
    ['a row longer than the header', 'zh\ten\n山西\tShanxi\t\t省\n', 'extraCells', 2, '省'],
  ])('refuses %s, naming the line and column', (_name, text, code, line, subject) => {
    const error = refusal(text);
    expect(error).toBeInstanceOf(DelimitedFormatError);
    expect(error).toMatchObject({ code, line, subject });
  });

  it('names the line of a CSV rendering cut at an unquoted comma; empty trailing cells pass', () => {
    expect(refusal('zh,en\n高校,universities\n测试,test, extra\n', 'csv')).toMatchObject({
      code: 'extraCells',
      line: 3,
      subject: 'extra',
    });
    expect(parseGlossaryTsv('zh,en\n高校,universities,,\n', 'csv')).toHaveLength(1);
  });

  it('names the line of an unclosed quote in a CSV', () => {
    expect(refusal('zh,en\n山西,"Shanxi\n', 'csv')).toMatchObject({
      code: 'unclosedQuote',
      line: 2,
    });
  });
});

describe('writeGlossaryTsv', () => {
  it.each(['tsv', 'csv'] as const)('writes what parseGlossaryTsv reads back (%s)', (format) => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const text = writeGlossaryTsv(entries, format);
        expect(text.startsWith('\uFEFF')).toBe(true);
        expect(parseGlossaryTsv(text, format)).toEqual(entries);
      }),
    );
  });
});
