import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTermMatches } from '../../src/domain/glossary/findTermMatches';
import type { GlossaryEntry } from '../../src/domain/glossary/glossaryEntry';
import { parseGlossaryTsv } from '../../src/domain/glossary/parseGlossaryTsv';
import { splitSentences } from '../../src/domain/segmentation/splitSentences';

/** SHA-256 of the source article as received (seed 000_550f0afd9971f0c6.txt): zh.txt must stay verbatim. */
const SOURCE_ARTICLE_SHA256 = 'f58b64625c3e2bec69c0c54f248b22dce1382eae3203e6a90e3387e45e86d731';
const GLOSSARY_HEADER = 'zh\ten\tpos\tnote';
const SENTENCE_END = /(?:[。！？]|……)[”’」』）》]*$/u;

/** Glossary terms whose rendering may be missing from a bead's English side, each with its reason. */
const TERM_EXCEPTIONS: readonly { source: string; zhSentence: number; reason: string }[] = [];

interface Bead {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

function readCorpus(path: string): string {
  return readFileSync(new URL(`../../corpus/${path}`, import.meta.url), 'utf8');
}

/** Lines of a one-paragraph-a-line file; a single final newline is allowed. */
function paragraphLines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** Paragraphs of a one-sentence-a-line file whose paragraphs are separated by exactly one blank line. */
function sentenceParagraphs(text: string): string[][] {
  return text
    .replace(/\n$/, '')
    .split('\n\n')
    .map((block) => block.split('\n'));
}

function layoutProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes('\r')) problems.push('carriage return found');
  if (/\n\n\n/.test(text) || text.startsWith('\n') || /\n\n$/.test(text))
    problems.push('more than one blank line');
  sentenceParagraphs(text).forEach((sentences, paragraph) => {
    sentences.forEach((sentence, index) => {
      if (sentence.trim() === '')
        problems.push(`paragraph ${paragraph}: sentence ${index} is empty`);
    });
  });
  return problems;
}

function parseAlign(text: string): Bead[] {
  const side = (indices: string): number[] =>
    indices === '' ? [] : indices.split(',').map(Number);
  return paragraphLines(text).map((line, index) => {
    const match = /^\[([\d,]*)\]:\[([\d,]*)\]$/.exec(line);
    if (!match) throw new Error(`gold.align line ${index + 1} is not a bead: ${line}`);
    return { source: side(match[1] ?? ''), target: side(match[2] ?? '') };
  });
}

/** Index of the paragraph of each sentence, over the non-blank lines of a sentence file. */
function paragraphOfSentence(paragraphs: readonly (readonly string[])[]): number[] {
  return paragraphs.flatMap((sentences, paragraph) => sentences.map(() => paragraph));
}

function alignmentProblems(
  beads: readonly Bead[],
  sourceParagraphs: readonly number[],
  targetParagraphs: readonly number[],
): string[] {
  const problems: string[] = [];
  const isInOrder = (indices: readonly number[], count: number): boolean =>
    indices.length === count && indices.every((value, position) => value === position);
  beads.forEach((bead, index) => {
    if (bead.source.length !== 1)
      problems.push(`bead ${index}: needs exactly one Chinese sentence`);
    if (bead.target.length === 0)
      problems.push(`bead ${index}: needs at least one English sentence`);
    const paragraphs = new Set([
      ...bead.source.map((sentence) => sourceParagraphs[sentence]),
      ...bead.target.map((sentence) => targetParagraphs[sentence]),
    ]);
    if (paragraphs.size !== 1) problems.push(`bead ${index}: crosses a paragraph boundary`);
  });
  if (
    !isInOrder(
      beads.flatMap((bead) => bead.source),
      sourceParagraphs.length,
    )
  ) {
    problems.push('Chinese sentences are not each covered once, in order');
  }
  if (
    !isInOrder(
      beads.flatMap((bead) => bead.target),
      targetParagraphs.length,
    )
  ) {
    problems.push('English sentences are not each covered once, in order');
  }
  return problems;
}

function missingRenderings(
  beads: readonly Bead[],
  zhSentences: readonly string[],
  enSentences: readonly string[],
  glossary: readonly GlossaryEntry[],
): string[] {
  const terms = glossary.map((entry) => ({ id: entry, source: entry.source }));
  return beads.flatMap((bead) => {
    const zhSentence = bead.source[0] ?? -1;
    const english = bead.target
      .map((index) => enSentences[index] ?? '')
      .join(' ')
      .toLowerCase();
    return findTermMatches(zhSentences[zhSentence] ?? '', terms)
      .map((match) => match.id)
      .filter((entry) => !english.includes(entry.target.toLowerCase()))
      .filter(
        (entry) =>
          !TERM_EXCEPTIONS.some(
            (allowed) => allowed.source === entry.source && allowed.zhSentence === zhSentence,
          ),
      )
      .map((entry) => `zh sentence ${zhSentence}: ${entry.source} → "${entry.target}" missing`);
  });
}

const zhText = readCorpus('shanxi/zh.txt');
const zhSentenceText = readCorpus('shanxi/zh.sentences.txt');
const enSentenceText = readCorpus('shanxi/en.sentences.txt');
const enText = readCorpus('shanxi/en.txt');
const alignText = readCorpus('shanxi/gold.align');
const glossaryText = readCorpus('glossary.tsv');

const pageChromeLines = paragraphLines(readCorpus('shanxi/zh.page-chrome.txt'));
const zhTextLines = paragraphLines(zhText);
/** The article's paragraphs: zh.txt without the page chrome it ends with. */
const zhParagraphs = zhTextLines.slice(0, zhTextLines.length - pageChromeLines.length);
const zhSentenceParagraphs = sentenceParagraphs(zhSentenceText);
const enSentenceParagraphs = sentenceParagraphs(enSentenceText);
const zhSentences = zhSentenceParagraphs.flat();
const enSentences = enSentenceParagraphs.flat();

describe('the Shanxi sample corpus', () => {
  it('keeps the source article verbatim', () => {
    expect(createHash('sha256').update(zhText, 'utf8').digest('hex')).toBe(SOURCE_ARTICLE_SHA256);
    expect(zhTextLines).toHaveLength(15);
  });

  it('lists the page chrome zh.txt ends with, which the sentence files leave out', () => {
    expect(pageChromeLines).toEqual(['评论0']);
    expect(zhTextLines.slice(zhParagraphs.length)).toEqual(pageChromeLines);
    expect(zhParagraphs).toHaveLength(14);
    expect(zhSentences.filter((sentence) => pageChromeLines.includes(sentence))).toEqual([]);
  });

  it('splits each Chinese paragraph into sentences that concatenate back to it exactly', () => {
    expect(layoutProblems(zhSentenceText)).toEqual([]);
    expect(zhSentenceParagraphs.map((sentences) => sentences.join(''))).toEqual(zhParagraphs);
  });

  it('is reproduced by the Chinese sentence splitter', () => {
    expect(zhParagraphs.map((paragraph) => splitSentences(paragraph, 'zh'))).toEqual(
      zhSentenceParagraphs,
    );
  });

  it('ends every Chinese sentence but a paragraph’s last at a sentence end', () => {
    const unended = zhSentenceParagraphs.flatMap((sentences) =>
      sentences.slice(0, -1).filter((sentence) => !SENTENCE_END.test(sentence)),
    );
    expect(unended).toEqual([]);
  });

  it('gives the English the same paragraphs, and en.txt joins its sentences with single spaces', () => {
    expect(layoutProblems(enSentenceText)).toEqual([]);
    expect(enSentenceParagraphs).toHaveLength(zhParagraphs.length);
    expect(enSentences.filter((sentence) => sentence !== sentence.trim())).toEqual([]);
    expect(paragraphLines(enText)).toEqual(
      enSentenceParagraphs.map((sentences) => sentences.join(' ')),
    );
  });

  it('aligns every sentence once, in order, in 1-1 or 1-n beads within a paragraph', () => {
    const problems = alignmentProblems(
      parseAlign(alignText),
      paragraphOfSentence(zhSentenceParagraphs),
      paragraphOfSentence(enSentenceParagraphs),
    );
    expect(problems).toEqual([]);
  });

  it('has a glossary of at least 40 entries, one per Chinese term, each with a part of speech and a note', () => {
    expect(glossaryText.split('\n')[0]).toBe(GLOSSARY_HEADER);
    const glossary = parseGlossaryTsv(glossaryText);
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    const sources = glossary.map((entry) => entry.source);
    expect(sources.filter((source, index) => sources.indexOf(source) !== index)).toEqual([]);
    expect(glossary.filter((entry) => entry.partOfSpeech === '' || entry.note === '')).toEqual([]);
  });

  it('uses the glossary rendering of every term in the English side of its bead', () => {
    const glossary = parseGlossaryTsv(glossaryText);
    expect(missingRenderings(parseAlign(alignText), zhSentences, enSentences, glossary)).toEqual(
      [],
    );
  });

  it('lists only term exceptions that are still needed', () => {
    const glossary = parseGlossaryTsv(glossaryText);
    const unneeded = TERM_EXCEPTIONS.filter((allowed) => {
      const entry = glossary.find((candidate) => candidate.source === allowed.source);
      const beads = parseAlign(alignText).filter((bead) => bead.source[0] === allowed.zhSentence);
      const english = beads
        .flatMap((bead) => bead.target.map((index) => enSentences[index] ?? ''))
        .join(' ');
      return entry === undefined || english.toLowerCase().includes(entry.target.toLowerCase());
    });
    expect(unneeded).toEqual([]);
  });
});

describe('the corpus checks', () => {
  const paragraphs = [0, 0, 1];
  it.each([
    {
      name: 'a 2-1 bead',
      beads: [
        { source: [0, 1], target: [0] },
        { source: [2], target: [1, 2] },
      ],
    },
    {
      name: 'an empty English side',
      beads: [
        { source: [0], target: [] },
        { source: [1], target: [0, 1] },
        { source: [2], target: [2] },
      ],
    },
    {
      name: 'a bead across paragraphs',
      beads: [
        { source: [0], target: [0] },
        { source: [1], target: [1, 2] },
        { source: [2], target: [] },
      ],
    },
    {
      name: 'a sentence left out',
      beads: [
        { source: [0], target: [0, 1] },
        { source: [2], target: [2] },
      ],
    },
    {
      name: 'beads out of order',
      beads: [
        { source: [1], target: [0, 1] },
        { source: [0], target: [2] },
        { source: [2], target: [2] },
      ],
    },
  ])('reject $name', ({ beads }) => {
    expect(alignmentProblems(beads, paragraphs, paragraphs)).not.toEqual([]);
  });

  it('accept 1-1 and 1-n beads that cover everything in order', () => {
    const beads = [
      { source: [0], target: [0, 1] },
      { source: [1], target: [2] },
    ];
    expect(alignmentProblems(beads, [0, 1], [0, 0, 1])).toEqual([]);
  });

  it.each([
    { name: 'two blank lines between paragraphs', text: 'a\n\n\nb\n' },
    { name: 'a blank sentence', text: 'a\n \n\nb\n' },
    { name: 'a carriage return', text: 'a\r\n\r\nb\n' },
  ])('reject a sentence file with $name', ({ text }) => {
    expect(layoutProblems(text)).not.toEqual([]);
  });

  it('report a term whose rendering is missing from its bead', () => {
    const glossary = [{ source: '太原', target: 'Taiyuan', partOfSpeech: 'proper noun', note: '' }];
    const beads = [{ source: [0], target: [0] }];
    expect(missingRenderings(beads, ['太原很大。'], ['The city is big.'], glossary)).toHaveLength(
      1,
    );
    expect(missingRenderings(beads, ['太原很大。'], ['TAIYUAN is big.'], glossary)).toEqual([]);
  });
});
