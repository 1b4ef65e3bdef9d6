/** The quality checks, by the name a finding carries (`data-check` in the UI, CHECK in `bitext qa`). */
export const QA_CHECK_NAMES = [
  'empty-target',
  'untranslated',
  'same-as-source',
  'numbers',
  'chinese-punctuation',
  'double-space',
  'doubled-word',
  'unbalanced-quotes',
  'unbalanced-brackets',
  'length-ratio',
  'inconsistent-translation',
  'inconsistent-source',
  'term-missing',
  'term-forbidden',
  'term-deprecated',
  'term-inconsistent',
] as const;
export type QaCheckName = (typeof QA_CHECK_NAMES)[number];

/** A segment as the checks read it: its stable key (the segment id), source and target text. */
export interface QaSegment {
  readonly key: string;
  readonly source: string;
  readonly target: string;
}

/** What one check found in one segment. */
export interface QaFinding {
  readonly check: QaCheckName;
  /** Index of the segment in the checked list. */
  readonly segmentIndex: number;
  /** Values the message names (a number, a word, a character), each a string. */
  readonly values: Readonly<Record<string, string>>;
  /** Stable across sessions and edits elsewhere: check, segment key and what was found. */
  readonly key: string;
  /** Where in the target the finding is, when it is in one place. */
  readonly targetStart?: number;
  readonly targetEnd?: number;
}

/** What a check returns before the runner adds the segment's index and key. */
export interface QaFindingDraft {
  readonly check: QaCheckName;
  readonly values: Readonly<Record<string, string>>;
  /** The part of the key that says what was found (empty when the check finds one thing). */
  readonly detail: string;
  readonly targetStart?: number;
  readonly targetEnd?: number;
}
