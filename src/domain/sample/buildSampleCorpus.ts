import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { parseGlossaryTsv } from '../glossary/parseGlossaryTsv';

export interface SampleCorpus {
  readonly name: string;
  /** Paragraphs of the Chinese article, each a list of sentence pairs. */
  readonly paragraphs: readonly (readonly { readonly source: string; readonly target: string }[])[];
  readonly glossary: readonly GlossaryEntry[];
}

export interface SampleCorpusTexts {
  readonly name: string;
  /** One Chinese sentence a line, a blank line between paragraphs. */
  readonly zhSentences: string;
  /** One English sentence a line; blank lines are ignored. */
  readonly enSentences: string;
  /** One bead a line, `[zh]:[en, …]`, 0-based over non-blank lines; only 1-1 and 1-n. */
  readonly goldAlign: string;
  readonly glossaryTsv: string;
}

export class SampleCorpusError extends Error {
  override readonly name = 'SampleCorpusError';
}

/**
 * Builds the sample project's content from the corpus files: each Chinese sentence with its
 * English sentence(s) joined by a space, grouped in the Chinese paragraphs. Throws a
 * SampleCorpusError naming the line when a bead is malformed, out of range, not 1-1 or 1-n,
 * out of order, or when a sentence on either side is left out or used twice.
 */
export function buildSampleCorpus(texts: SampleCorpusTexts): SampleCorpus {
  const chinese = readParagraphs(texts.zhSentences);
  const chineseSentences = chinese.flat();
  const englishSentences = readLines(texts.enSentences);
  const beads = readBeads(texts.goldAlign);
  const targets: string[] = [];
  let nextEnglish = 0;
  beads.forEach(({ zh, en, line }) => {
    if (zh.length !== 1) {
      throw new SampleCorpusError(
        `gold.align line ${line}: a bead needs exactly one Chinese sentence (1-1 or 1-n).`,
      );
    }
    if (en.length === 0) {
      throw new SampleCorpusError(
        `gold.align line ${line}: a bead needs at least one English sentence.`,
      );
    }
    const [zhIndex] = zh;
    if (zhIndex !== targets.length) {
      throw new SampleCorpusError(
        `gold.align line ${line}: expected Chinese sentence ${targets.length}, found ${zhIndex}.`,
      );
    }
    const sentences = en.map((enIndex) => {
      if (enIndex !== nextEnglish) {
        throw new SampleCorpusError(
          `gold.align line ${line}: expected English sentence ${nextEnglish}, found ${enIndex}.`,
        );
      }
      const sentence = englishSentences[enIndex];
      if (sentence === undefined) {
        throw new SampleCorpusError(
          `gold.align line ${line}: English sentence ${enIndex} does not exist (there are ${englishSentences.length}).`,
        );
      }
      nextEnglish += 1;
      return sentence;
    });
    if (zhIndex >= chineseSentences.length) {
      throw new SampleCorpusError(
        `gold.align line ${line}: Chinese sentence ${zhIndex} does not exist (there are ${chineseSentences.length}).`,
      );
    }
    targets.push(sentences.join(' '));
  });
  if (targets.length !== chineseSentences.length) {
    throw new SampleCorpusError(
      `gold.align aligns ${targets.length} of ${chineseSentences.length} Chinese sentences; every sentence needs a bead.`,
    );
  }
  if (nextEnglish !== englishSentences.length) {
    throw new SampleCorpusError(
      `gold.align uses ${nextEnglish} of ${englishSentences.length} English sentences; every sentence needs a bead.`,
    );
  }
  let position = 0;
  const paragraphs = chinese.map((sentences) =>
    sentences.map((source) => ({ source, target: targets[position++] ?? '' })),
  );
  return { name: texts.name, paragraphs, glossary: parseGlossaryTsv(texts.glossaryTsv) };
}

function normalizeLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim());
}

function readLines(text: string): string[] {
  return normalizeLines(text).filter((line) => line !== '');
}

function readParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of normalizeLines(text)) {
    if (line === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(line);
  }
  return paragraphs.filter((sentences) => sentences.length > 0);
}

interface Bead {
  readonly zh: readonly number[];
  readonly en: readonly number[];
  readonly line: number;
}

const beadPattern = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/;

function readBeads(text: string): Bead[] {
  const beads: Bead[] = [];
  normalizeLines(text).forEach((content, index) => {
    if (content === '') return;
    const match = beadPattern.exec(content);
    if (match === null) {
      throw new SampleCorpusError(
        `gold.align line ${index + 1}: "${content}" is not a bead like [0]:[0,1].`,
      );
    }
    beads.push({
      zh: readIndexes(match[1] ?? ''),
      en: readIndexes(match[2] ?? ''),
      line: index + 1,
    });
  });
  return beads;
}

function readIndexes(list: string): number[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(Number);
}
