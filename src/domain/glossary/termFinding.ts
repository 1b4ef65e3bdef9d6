/** What a term check found in a segment. */
export const TERM_FINDING_KINDS = ['missing', 'forbidden', 'deprecated', 'inconsistent'] as const;
export type TermFindingKind = (typeof TERM_FINDING_KINDS)[number];

export interface TermFinding<Entry> {
  readonly kind: TermFindingKind;
  /** Index of the segment in the list that was checked. */
  readonly segmentIndex: number;
  readonly entry: Entry;
  /** The rendering the target uses (forbidden, deprecated, inconsistent), if any. */
  readonly used: string | undefined;
  /** What the target should use: the preferred rendering, or the one most segments use. */
  readonly expected: string | undefined;
  /** Offsets of the used rendering in the target, when there is one. */
  readonly targetStart: number | undefined;
  readonly targetEnd: number | undefined;
  /** Stable across sessions: the segment's key, the kind, the term and the rendering used. */
  readonly key: string;
}
