/** Why an alignment may not be worth trusting; the UI and the command line translate each code. */
export type AlignmentWarning =
  | 'source-not-chinese'
  | 'target-not-english'
  | 'languages-swapped'
  | 'both-chinese'
  | 'both-english'
  | 'not-a-translation'
  | 'many-low-confidence'
  | 'one-sided-stretch';

/** The writing system most of a text's letters are in. */
export type TextScript = 'han' | 'latin' | 'other' | 'empty';

/** What the two texts look like before aligning: the script of each side and what that implies. */
export interface AlignmentInputAssessment {
  readonly sourceScript: TextScript;
  readonly targetScript: TextScript;
  /** The source is English and the target Chinese: the files were probably given the wrong way round. */
  readonly languagesSwapped: boolean;
  /** Both sides are in the same script. */
  readonly sameLanguage: boolean;
  readonly warnings: readonly AlignmentWarning[];
}

/** A run of beads that pairs little or nothing: one side has material the other lacks. */
export interface OneSidedStretch {
  /** Which side holds most of the sentences of the stretch. */
  readonly side: 'source' | 'target';
  /** First sentence and sentence count on each side (0-based). */
  readonly sourceStart: number;
  readonly sourceCount: number;
  readonly targetStart: number;
  readonly targetCount: number;
}

/** A verdict on a whole run: does this look like a text and its translation, and where is it doubtful? */
export interface AlignmentAssessment extends AlignmentInputAssessment {
  readonly looksLikeTranslation: boolean;
  readonly meanConfidence: number;
  /** Share of beads below the low-confidence line (0.5). */
  readonly lowConfidenceShare: number;
  /** With a dictionary: the share of paired beads whose words support the pairing. */
  readonly evidenceShare?: number;
  readonly oneSidedStretches: readonly OneSidedStretch[];
}
