import { describe, expect, it } from 'vitest';
import { buildSampleCorpus, SampleCorpusError, type SampleCorpusTexts } from './buildSampleCorpus';

const glossaryTsv = 'zh\ten\tpos\tnote\n山西\tShanxi\tn.\tprovince\n';

function texts(overrides: Partial<SampleCorpusTexts> = {}): SampleCorpusTexts {
  return {
    name: 'Fixture',
    zhSentences: '甲一。\n甲二。\n\n乙一。\n',
    enSentences: 'A one.\nA two, part one.\nA two, part two.\n\nB one.\n',
    goldAlign: '[0]:[0]\n[1]:[1,2]\n[2]:[3]\n',
    glossaryTsv,
    ...overrides,
  };
}

describe('buildSampleCorpus', () => {
  it('pairs each Chinese sentence with its English sentences in the Chinese paragraphs', () => {
    expect(buildSampleCorpus(texts())).toEqual({
      name: 'Fixture',
      paragraphs: [
        [
          { source: '甲一。', target: 'A one.' },
          { source: '甲二。', target: 'A two, part one. A two, part two.' },
        ],
        [{ source: '乙一。', target: 'B one.' }],
      ],
      glossary: [{ source: '山西', target: 'Shanxi', partOfSpeech: 'n.', note: 'province' }],
    });
  });

  it('accepts CRLF, a byte-order mark, several blank lines and spaces in beads', () => {
    const built = buildSampleCorpus(
      texts({
        zhSentences: '\uFEFF甲一。\r\n甲二。\r\n\r\n\r\n乙一。',
        goldAlign: '[0] : [0]\r\n[1]:[1, 2]\r\n\r\n[2]:[3]',
      }),
    );
    expect(built.paragraphs.map((paragraph) => paragraph.length)).toEqual([2, 1]);
  });

  it.each([
    [
      'a line that is not a bead',
      { goldAlign: '[0]:[0]\n0-1\n[2]:[3]' },
      /line 2: "0-1" is not a bead/,
    ],
    [
      'a 2-1 bead',
      { goldAlign: '[0,1]:[0,1,2]\n[2]:[3]' },
      /line 1: a bead needs exactly one Chinese/,
    ],
    [
      'a deleted sentence',
      { goldAlign: '[0]:[0]\n[1]:[]\n[2]:[1,2,3]' },
      /line 2: a bead needs at least one English/,
    ],
    [
      'an inserted sentence',
      { goldAlign: '[]:[0]\n[0]:[1]' },
      /line 1: a bead needs exactly one Chinese/,
    ],
    [
      'Chinese out of order',
      { goldAlign: '[1]:[0]\n[0]:[1,2]\n[2]:[3]' },
      /expected Chinese sentence 0, found 1/,
    ],
    [
      'English out of order',
      { goldAlign: '[0]:[1]\n[1]:[0,2]\n[2]:[3]' },
      /expected English sentence 0, found 1/,
    ],
    ['a Chinese sentence left out', { goldAlign: '[0]:[0]\n[1]:[1,2,3]' }, /aligns 2 of 3 Chinese/],
    [
      'an English sentence left out',
      { goldAlign: '[0]:[0]\n[1]:[1,2]\n[2]:[3]', enSentences: 'a\nb\nc\nd\ne' },
      /uses 4 of 5 English/,
    ],
    [
      'an English index out of range',
      { goldAlign: '[0]:[0]\n[1]:[1,2]\n[2]:[3,4]' },
      /English sentence 4 does not exist/,
    ],
    [
      'a Chinese index out of range',
      { zhSentences: '甲一。\n甲二。', goldAlign: '[0]:[0]\n[1]:[1,2]\n[2]:[3]' },
      /Chinese sentence 2 does not exist/,
    ],
  ])('refuses %s with a message naming the problem', (_label, overrides, message) => {
    expect(() => buildSampleCorpus(texts(overrides))).toThrow(SampleCorpusError);
    expect(() => buildSampleCorpus(texts(overrides))).toThrow(message);
  });

  it('passes on the glossary parser’s error for a glossary without a header', () => {
    expect(() => buildSampleCorpus(texts({ glossaryTsv: '山西\tShanxi\n' }))).toThrow(/header/);
  });
});
