import { alignSentences } from '../domain/alignment/engine/alignSentences';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { entriesFromConcepts } from '../domain/glossary/entriesFromConcepts';
import type { GlossaryConcept } from '../domain/glossary/glossaryEntry';
import { readSentences } from './readSentences';

/** One alignment unit of two files: its texts, a key and the 1-based SOURCE line it begins on. */
export interface FileUnit {
  readonly key: string;
  readonly line: number;
  readonly source: string;
  readonly target: string;
}

/**
 * Aligns a Chinese text with its English translation sentence by sentence (the glossary's terms
 * as evidence) and gives each alignment unit with the line of SOURCE where it begins: the
 * sentence's own line when presplit, its paragraph's line otherwise.
 */
export function alignFileUnits(
  sourceText: string,
  targetText: string,
  isPresplit: boolean,
  dictionary: CedictIndex | undefined,
  glossary: readonly GlossaryConcept[] = [],
): FileUnit[] {
  const source = readSentences(sourceText, 'zh', isPresplit);
  const target = readSentences(targetText, 'en', isPresplit);
  const sourceLines = sentenceLines(sourceText, source, isPresplit);
  const { beads } = alignSentences(
    { source, target },
    { dictionary, glossary: entriesFromConcepts(glossary) },
  );
  const sourceSentences = source.flat();
  const targetSentences = target.flat();
  return beads.map((bead) => ({
    key: String(bead.source[0] ?? ''),
    line: sourceLines[bead.source[0] ?? -1] ?? 0,
    source: bead.source.map((index) => sourceSentences[index] ?? '').join(''),
    target: bead.target.map((index) => targetSentences[index] ?? '').join(' '),
  }));
}

/** The 1-based line of each sentence, in order: its own line when presplit, its paragraph's otherwise. */
function sentenceLines(
  text: string,
  paragraphs: readonly string[][],
  isPresplit: boolean,
): number[] {
  const nonBlank = text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ number }) => number);
  if (isPresplit) return nonBlank;
  return paragraphs.flatMap((paragraph, index) => paragraph.map(() => nonBlank[index] ?? 0));
}
