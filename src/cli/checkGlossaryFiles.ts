import { alignSentences } from '../domain/alignment/alignSentences';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { checkTerms } from '../domain/glossary/checkTerms';
import { createTermbaseMatcher } from '../domain/glossary/createTermbaseMatcher';
import { entriesFromConcepts } from '../domain/glossary/entriesFromConcepts';
import type { GlossaryConcept } from '../domain/glossary/glossaryEntry';
import { readSentences } from './readSentences';

/**
 * The term findings of a translation, one `LINE<TAB>KIND<TAB>TERM<TAB>DETAIL` line each: the two
 * texts are aligned sentence by sentence and each alignment unit is checked; LINE is the 1-based
 * line of SOURCE where the unit begins.
 */
export function checkGlossaryFiles(
  glossary: readonly GlossaryConcept[],
  sourceText: string,
  targetText: string,
  isPresplit: boolean,
  dictionary: CedictIndex | undefined,
): string[] {
  const source = readSentences(sourceText, 'zh', isPresplit);
  const target = readSentences(targetText, 'en', isPresplit);
  const sourceLines = sentenceLines(sourceText, source, isPresplit);
  const { beads } = alignSentences(
    { source, target },
    { dictionary, glossary: entriesFromConcepts(glossary) },
  );
  const sourceSentences = source.flat();
  const targetSentences = target.flat();
  const units = beads.map((bead) => ({
    key: String(bead.source[0] ?? ''),
    line: sourceLines[bead.source[0] ?? -1] ?? 0,
    source: bead.source.map((index) => sourceSentences[index] ?? '').join(''),
    target: bead.target.map((index) => targetSentences[index] ?? '').join(' '),
  }));
  const findings = checkTerms(createTermbaseMatcher(glossary), units);
  return findings.map((finding) => {
    const line = units[finding.segmentIndex]?.line ?? 0;
    const detail =
      finding.kind === 'missing'
        ? `expected "${finding.expected ?? ''}"`
        : `used "${finding.used ?? ''}"` +
          (finding.expected === undefined ? '' : `, expected "${finding.expected}"`);
    return [line, finding.kind, finding.entry.term, detail].join('\t');
  });
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
