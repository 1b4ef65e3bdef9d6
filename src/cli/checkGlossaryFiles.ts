import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { checkTerms } from '../domain/glossary/checkTerms';
import { createTermbaseMatcher } from '../domain/glossary/createTermbaseMatcher';
import type { GlossaryConcept } from '../domain/glossary/glossaryEntry';
import { alignFileUnits } from './alignFileUnits';

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
  const units = alignFileUnits(sourceText, targetText, isPresplit, dictionary, glossary);
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
