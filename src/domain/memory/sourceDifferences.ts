import DiffMatchPatch from 'diff-match-patch';

/** A run of a stored source: the same as in the current sentence, only in the stored one, or missing from it. */
export interface SourceDifference {
  readonly kind: 'same' | 'added' | 'missing';
  readonly text: string;
}

/**
 * How a stored source differs from the sentence being translated, for highlighting: 'added' runs
 * are in the stored source only, 'missing' runs in the current sentence only. Concatenating the
 * 'same' and 'added' runs gives the stored source back.
 */
export function sourceDifferences(current: string, stored: string): SourceDifference[] {
  const differ = new DiffMatchPatch();
  differ.Diff_Timeout = 0.05;
  const diffs = differ.diff_main(current, stored);
  differ.diff_cleanupSemantic(diffs);
  return diffs.map(([operation, text]) => ({
    kind:
      operation === DiffMatchPatch.DIFF_EQUAL
        ? 'same'
        : operation === DiffMatchPatch.DIFF_INSERT
          ? 'added'
          : 'missing',
    text,
  }));
}
