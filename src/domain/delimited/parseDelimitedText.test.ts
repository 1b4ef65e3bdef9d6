import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedFormatError } from './DelimitedFormatError';
import type { DelimitedOptions } from './delimitedOptions';
import { escapeLineField } from './escapeLineField';
import { parseDelimitedText } from './parseDelimitedText';
import { unescapeLineField } from './unescapeLineField';
import { writeDelimitedText } from './writeDelimitedText';

const csv: DelimitedOptions = { delimiter: ',', quoting: 'rfc4180' };
const tsv: DelimitedOptions = { delimiter: '\t', quoting: 'rfc4180' };
const lineTsv: DelimitedOptions = { delimiter: '\t', quoting: 'backslash' };

const cellText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc
    .array(
      fc.constantFrom(
        ...['甲', '乙', '"', "'", ',', '\t', '\n', '\r', '\\', ' ', 'a', '𠀋', '😀', '\u2028'],
      ),
      { maxLength: 10 },
    )
    .map((characters) => characters.join('')),
);
const table = fc
  .integer({ min: 1, max: 4 })
  .chain((width) =>
    fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .filter((rows) => rows.every((row) => row.join('') !== ''));

describe('parseDelimitedText and writeDelimitedText', () => {
  it.each([
    ['CSV', csv],
    ['TSV', tsv],
    ['one-line TSV', lineTsv],
  ])('read back every table they write (%s)', (_name, options) => {
    fc.assert(
      fc.property(table, fc.boolean(), fc.boolean(), (rows, byteOrderMark, isCrlf) => {
        const text = writeDelimitedText(rows, {
          ...options,
          byteOrderMark,
          lineEnding: isCrlf ? '\r\n' : '\n',
        });
        expect(parseDelimitedText(text, options).map((row) => row.cells)).toEqual(rows);
      }),
    );
  });

  it('write a spreadsheet CSV: BOM, CRLF, quotes only where needed', () => {
    const text = writeDelimitedText(
      [
        ['zh', 'en'],
        ['两个“基本”', 'the "Two Basic", a goal'],
        ['甲', 'a\nb'],
      ],
      { ...csv, byteOrderMark: true, lineEnding: '\r\n' },
    );
    expect(text).toBe('\uFEFFzh,en\r\n两个“基本”,"the ""Two Basic"", a goal"\r\n甲,"a\nb"\r\n');
  });

  it('number rows by the line they start on, across quoted line breaks and blank lines', () => {
    const rows = parseDelimitedText('a,b\r\n"x\r\ny",z\r\n\r\nlast,1', csv);
    expect(rows).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['x\r\ny', 'z'], line: 2 },
      { cells: ['last', '1'], line: 5 },
    ]);
  });

  it.each([
    ['an unclosed quote', 'a,b\nc,"d\ne\n', 'unclosedQuote', 2],
    ['text after a closing quote', 'a,b\n\n"c"d,e\n', 'textAfterQuote', 3],
  ])('refuse a CSV with %s, naming the line', (_name, text, code, line) => {
    const error = (() => {
      try {
        parseDelimitedText(text, csv);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DelimitedFormatError);
    expect(error).toMatchObject({ code, line });
  });

  it('read a hand-written TSV cell that merely starts with a quote as written', () => {
    expect(
      parseDelimitedText('"Two Basic" goal\t两个\n"open\tx\n', tsv).map((row) => row.cells),
    ).toEqual([
      ['"Two Basic" goal', '两个'],
      ['"open', 'x'],
    ]);
  });
});

describe('escapeLineField', () => {
  it('keeps any text on one line and reverses exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeLineField(text);
        // eslint-disable-next-line no-control-regex
        expect(escaped).not.toMatch(/[\t\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/);
        expect(unescapeLineField(escaped)).toBe(text);
      }),
    );
  });

  it('keeps a backslash that starts no escape', () => {
    expect(unescapeLineField('C:\\path\\n')).toBe('C:\\path\n');
    expect(unescapeLineField('a\\qb')).toBe('a\\qb');
  });
});
