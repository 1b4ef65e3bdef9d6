import { describe, expect, it } from 'vitest';
import { GlossaryFormatError, parseGlossaryTsv } from './parseGlossaryTsv';

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

  it('refuses a file without a header', () => {
    expect(() => parseGlossaryTsv('山西\tShanxi\n')).toThrow(GlossaryFormatError);
  });

  it('names the line that lacks a rendering', () => {
    expect(() => parseGlossaryTsv('zh\ten\n山西\tShanxi\n京津冀\t\n')).toThrow(/Line 3/);
  });
});
