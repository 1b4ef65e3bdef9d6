import type { AlignmentEvidence } from '../domain/alignment/alignmentTypes';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';

/** The evidence sources that `--without` can switch off, for ablations. */
export const EVIDENCE_NAMES = [
  'length',
  'dictionary',
  'glossary',
  'numbers',
  'names',
  'latin',
  'punctuation',
  'paragraphs',
] as const;

export type EvidenceName = (typeof EVIDENCE_NAMES)[number];

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
  };
}
