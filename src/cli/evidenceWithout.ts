import type { AlignmentEvidence } from '../domain/alignment/engine/alignmentTypes';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import type { EvidenceName } from './evidenceNames';

/** The evidence settings for an alignment, given what is loaded and what is switched off. */
export function evidenceWithout(
  without: ReadonlySet<EvidenceName>,
  dictionary: CedictIndex | undefined,
  glossary: readonly GlossaryEntry[] | undefined,
): AlignmentEvidence {
  return {
    dictionary: without.has('dictionary') ? undefined : dictionary,
    glossary: without.has('glossary') ? undefined : glossary,
    useLength: !without.has('length'),
    useNumbers: !without.has('numbers'),
    useNames: !without.has('names'),
    useLatinTokens: !without.has('latin'),
    usePunctuation: !without.has('punctuation'),
    useParagraphs: !without.has('paragraphs'),
    useHeadings: !without.has('headings'),
    useLearned: !without.has('learned'),
  };
}
