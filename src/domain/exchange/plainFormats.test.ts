import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedFormatError } from '../delimited/DelimitedFormatError';
import { detectExchangeFormat } from './detectExchangeFormat';
import { ExchangeFormatError } from './ExchangeFormatError';
import type { ExchangeDocument } from './exchangeUnit';
import { readBitextTable } from './readBitextTable';
import { readJsonLines } from './readJsonLines';
import { readMoses } from './readMoses';
import { readTmx } from './readTmx';
import { arbitraryExchangeDocument } from './testing/arbitraryExchangeDocument';
import { comparableDocument } from './testing/comparableDocument';
import { writeBitextTable } from './writeBitextTable';
import { writeJsonLines } from './writeJsonLines';
import { writeMoses } from './writeMoses';
import { writeTmx } from './writeTmx';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2 } from './writeXliff2';

const withoutCodes = { without: ['sourceCodes', 'targetCodes', 'properties'] as const };

describe('parallel-text tables, Moses and JSON Lines', () => {
  it.each(['tsv', 'csv'] as const)('%s keeps every unit and field but inline codes', (format) => {
    fc.assert(
      fc.property(arbitraryExchangeDocument({ withCodes: true }), (document) => {
        const read = readBitextTable(writeBitextTable(document, format), format);
        expect(comparableDocument(read, withoutCodes)).toEqual(
          comparableDocument(document, withoutCodes),
        );
      }),
    );
  });

  it('TSV keeps one unit a line and names the languages in its header', () => {
    const text = writeBitextTable(
      {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [{ source: '甲\t乙\n丙', target: 'a\\b', status: 'draft', note: '' }],
      },
      'tsv',
    );
    expect(text).toBe('zh-CN\ten\tstatus\tnote\n甲\\t乙\\n丙\ta\\\\b\tdraft\t\n');
  });

  it('CSV starts with a BOM and quotes as RFC 4180', () => {
    const text = writeBitextTable(
      {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [{ source: '甲,乙', target: 'say "hi"', status: 'translated', note: '' }],
      },
      'csv',
    );
    expect(text).toBe('\uFEFFzh-CN,en,status,note\r\n"甲,乙","say ""hi""",translated,\r\n');
  });

  it('a table from another tool: columns in any order, chosen by language, or no header', () => {
    const table = readBitextTable('note\ten-US\tzh_CN\tzh-TW\nn\tA\t甲\t甲繁\n', 'tsv', {
      sourceLang: 'zh-CN',
      targetLang: 'en',
    });
    expect(table).toMatchObject({
      sourceLang: 'zh_CN',
      targetLang: 'en-US',
      units: [{ source: '甲', target: 'A', note: 'n', status: 'translated' }],
    });
    const plain = readBitextTable('甲\tA\n乙\t\n', 'tsv', { sourceLang: 'zh', targetLang: 'en' });
    expect(plain.units.map((unit) => [unit.source, unit.target, unit.status])).toEqual([
      ['甲', 'A', 'translated'],
      ['乙', '', 'new'],
    ]);
  });

  it.each([
    ['an unknown status', 'zh\ten\tstatus\n甲\tA\tdone\n', DelimitedFormatError, 'badValue', 2],
    ['a bad date', 'zh\ten\tchanged\n\n甲\tA\tmonday\n', DelimitedFormatError, 'badValue', 3],
    ['a language not asked for', 'ja\ten\n甲\tA\n', ExchangeFormatError, 'languageMismatch', 1],
  ])('a table with %s is refused, naming the line', (_name, text, type, code, line) => {
    expect(() => readBitextTable(text, 'tsv', { sourceLang: 'zh' })).toThrow(type);
    try {
      readBitextTable(text, 'tsv', { sourceLang: 'zh' });
    } catch (error) {
      expect(error).toMatchObject({ code, line });
    }
  });

  it('Moses keeps line n with line n whatever the segments hold', () => {
    fc.assert(
      fc.property(arbitraryExchangeDocument(), (document) => {
        const { source, target } = writeMoses(document);
        const lineCount = document.units.length;
        expect(source.split('\n')).toHaveLength(lineCount + 1);
        expect(target.split('\n')).toHaveLength(lineCount + 1);
        const read = readMoses(source, target, document);
        expect(read.units.map((unit) => [unit.source, unit.target])).toEqual(
          document.units.map((unit) => [unit.source, unit.target]),
        );
      }),
    );
  });

  it('Moses refuses sides of different lengths, naming the first line without a partner', () => {
    expect(() =>
      readMoses('甲\n乙\n丙\n', 'A\nB\n', { sourceLang: 'zh', targetLang: 'en' }),
    ).toThrow(expect.objectContaining({ code: 'lineCountMismatch', line: 3 }));
  });

  it('JSON Lines keeps every field, inline codes too', () => {
    fc.assert(
      fc.property(arbitraryExchangeDocument({ withCodes: true }), (document) => {
        const text = writeJsonLines(document);
        const read = readJsonLines(text, document.units.length === 0 ? document : {});
        expect(read).toEqual(document);
      }),
    );
  });

  it.each([
    ['not JSON', '{"source":"甲","target":"A"}\n{oops\n', 'badJson', 2],
    ['no target', '{"source":"甲"}\n', 'badValue', 1],
    [
      'another language',
      '{"sourceLang":"zh","targetLang":"en","source":"甲","target":"A"}\n{"sourceLang":"zh-TW","targetLang":"en","source":"甲","target":"A"}\n',
      'languageMismatch',
      2,
    ],
  ])('JSON Lines with %s is refused, naming the line', (_name, text, code, line) => {
    expect(() => readJsonLines(text)).toThrow(expect.objectContaining({ code, line }));
  });
});

describe('TMX → TSV → TMX', () => {
  it('keeps every pair, status and note', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryExchangeDocument(), async (document) => {
        const fromTmx = await readTmx(writeTmx(document));
        const back = await readTmx(
          writeTmx(readBitextTable(writeBitextTable(fromTmx, 'tsv'), 'tsv')),
        );
        const pairs = (read: ExchangeDocument) =>
          read.units.map((unit) => [unit.source, unit.target, unit.status, unit.note]);
        expect(pairs(back)).toEqual(pairs(fromTmx));
        expect(pairs(back)).toEqual(pairs(document));
        expect([back.sourceLang, back.targetLang]).toEqual([
          document.sourceLang,
          document.targetLang,
        ]);
      }),
    );
  });
});

describe('detectExchangeFormat', () => {
  const document: ExchangeDocument = {
    sourceLang: 'zh-CN',
    targetLang: 'en',
    units: [{ source: '甲', target: 'A', status: 'translated', note: '' }],
  };
  it.each([
    ['tmx', writeTmx(document), 'whatever.txt'],
    ['xliff2', writeXliff2(document), 'a.xlf'],
    ['xliff12', writeXliff12(document), 'a.xlf'],
    ['tsv', writeBitextTable(document, 'tsv'), 'a.txt'],
    ['csv', writeBitextTable(document, 'csv'), 'a'],
    ['jsonl', writeJsonLines(document), 'a.txt'],
    ['json', '{\n  "format": "bundle"\n}\n', 'a.bitext'],
    ['json', '{"format":"bitext-workbench-project","version":1,"stores":{}}', 'one-line.json'],
    ['moses', writeMoses(document).source, 'corpus.zh'],
    ['moses', writeMoses(document).target, 'corpus.en-US'],
    ['tbx', '<?xml version="1.0"?>\n<!-- c -->\n<tbx type="TBX-Basic" style="dca">', 'a.xml'],
    ['tbx2', '\uFEFF<martif type="TBX-Basic" xml:lang="en">', 'a.tbx'],
    ['tmx', '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4">', 'x'],
  ])('tells %s from its content', (format, content, name) => {
    expect(detectExchangeFormat(content, name)).toBe(format);
  });

  it('gives up when nothing tells', () => {
    expect(detectExchangeFormat('just some words', 'notes.txt')).toBeUndefined();
    expect(detectExchangeFormat('<html>', 'a.tmx')).toBeUndefined();
  });
});
