import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from './segmentText';
import { splitSentences } from './splitSentences';

describe('segmentText', () => {
  it.each([
    ['no text', '', []],
    ['blank lines only', ' \n\r\n\t\r', []],
    [
      'a heading and paragraphs separated by CRLF, CR and blank lines',
      '晋北新闻简报\r\n\r\n第一句。 第二句！\r第三句？\n\n  ',
      [['晋北新闻简报'], ['第一句。', '第二句！'], ['第三句？']],
    ],
    [
      'sentences trimmed of surrounding whitespace',
      '  \u3000第一句。\u3000第二句。  ',
      [['第一句。', '第二句。']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(segmentText(text, 'zh')).toEqual(expected);
  });

  it('splits English paragraphs too', () => {
    expect(segmentText('Title\nMr. Li came. He left.\n', 'en')).toEqual([
      ['Title'],
      ['Mr. Li came.', 'He left.'],
    ]);
  });

  it.each(['zh', 'en'] as const)(
    'in %s, returns every non-blank piece exactly once, in order',
    (lang) => {
      const unit = fc.constantFrom(...'a Z.!?。！？”“\r\n\t 说,中3'.split(''), '……', 'Mr.');
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
          const paragraphs = segmentText(text, lang);
          const expected = text
            .split(/\r\n|\r|\n/)
            .flatMap((line) => splitSentences(line, lang))
            .map((piece) => piece.trim())
            .filter((piece) => piece !== '');
          expect(paragraphs.flat()).toEqual(expected);
          expect(paragraphs.filter((sentences) => sentences.length === 0)).toEqual([]);
          expect(paragraphs.flat().join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
        }),
        { numRuns: 500 },
      );
    },
  );
});

const corpusFile = (name: string): string =>
  readFileSync(new URL(`../../../corpus/shanxi/${name}`, import.meta.url), 'utf8');

const sentenceFileParagraphs = (text: string): string[][] =>
  text
    .trimEnd()
    .split('\n\n')
    .map((paragraph) => paragraph.split('\n'));

/** A paragraph file without the page chrome it ends with (zh.txt is the web page verbatim). */
function articleText(lang: 'zh' | 'en'): string {
  const lines = corpusFile(`${lang}.txt`).split('\n');
  if (lang === 'en') return lines.join('\n');
  const chrome = corpusFile('zh.page-chrome.txt').trimEnd().split('\n');
  expect(lines.slice(-chrome.length)).toEqual(chrome);
  return lines.slice(0, -chrome.length).join('\n');
}

describe('segmentText on the sample article', () => {
  it.each(['zh', 'en'] as const)('reproduces the %s sentence file from the article', (lang) => {
    const expected = sentenceFileParagraphs(corpusFile(`${lang}.sentences.txt`));
    expect(segmentText(articleText(lang), lang)).toEqual(expected);
  });
});
