import type { CedictIndex } from '../../dictionary/cedictIndex';
import type { GlossaryEntry } from '../../glossary/glossaryEntry';
import type { AlignmentAssessment } from './alignmentAssessment';

/** A link between consecutive source sentences and consecutive target sentences (0-based numbers). */
export interface Bead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** How sure the aligner is of this bead, from 0 to 1. */
  readonly confidence: number;
}

/** The two texts to align, each as paragraphs of sentences; a flat text is one paragraph. */
export interface AlignmentInput {
  readonly source: readonly (readonly string[])[];
  readonly target: readonly (readonly string[])[];
}

/** A sentence pair a person confirmed (the texts of a bead's two sides): certain training for the learned translations. */
export interface TrustedPair {
  readonly source: string;
  readonly target: string;
}

/** Which kinds of evidence the aligner may use; everything but the dictionary and glossary is on by default. */
export interface AlignmentEvidence {
  readonly dictionary?: CedictIndex;
  readonly glossary?: readonly GlossaryEntry[];
  /** Confirmed pairs, counted as certain when the aligner learns translations from the text. */
  readonly trustedPairs?: readonly TrustedPair[];
  /** Learn translations from the confident beads of a first alignment and align again with them. */
  readonly useLearned?: boolean;
  readonly useLength?: boolean;
  readonly useNumbers?: boolean;
  readonly useNames?: boolean;
  readonly useLatinTokens?: boolean;
  readonly usePunctuation?: boolean;
  readonly useParagraphs?: boolean;
  /** Chapter headings (第十二回 ↔ Chapter Twelve, CHAPTER XII) as evidence: rare, so strong anchors. */
  readonly useHeadings?: boolean;
}

export interface AlignmentResult {
  readonly beads: readonly Bead[];
  readonly sourceCount: number;
  readonly targetCount: number;
  /** The verdict on the run (does it look like a translation, where is it doubtful); alignSentences always sets it. */
  readonly assessment?: AlignmentAssessment;
}
