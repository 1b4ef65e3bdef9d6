/** One sentence of one side of an alignment, as the user sees and edits it. */
export interface AlignedSentence {
  readonly text: string;
  /** True for the first sentence of a paragraph (always for the first sentence of a side). */
  readonly paragraphStart: boolean;
}

/**
 * A link between consecutive sentences of each side. Beads hold counts, not indices, so that
 * splitting a sentence changes one bead; the sentence indices are prefix sums (`beadSentenceRanges`).
 */
export interface EditableBead {
  readonly sourceCount: number;
  readonly targetCount: number;
  /** How sure the aligner was, from 0 to 1; null once the user has changed the bead by hand. */
  readonly confidence: number | null;
  /** A confirmed bead is locked: no operation changes it but un-confirming it. */
  readonly confirmed: boolean;
}

/** An alignment being corrected: the sum of the beads' counts of a side is that side's sentence count. */
export interface BeadList {
  readonly source: readonly AlignedSentence[];
  readonly target: readonly AlignedSentence[];
  readonly beads: readonly EditableBead[];
}

export type BeadSide = 'source' | 'target';

/**
 * One step of a change. The first two replace `removed` (the items found at `at`) by `inserted`;
 * a `confirmation` sets the flag of `count` beads from `at`, each of which must be the other way
 * before, so that confirming a thousand beads stores four numbers and not the beads.
 */
export type BeadListSplice =
  | {
      readonly part: 'beads';
      readonly at: number;
      readonly removed: readonly EditableBead[];
      readonly inserted: readonly EditableBead[];
    }
  | {
      readonly part: 'source' | 'target';
      readonly at: number;
      readonly removed: readonly AlignedSentence[];
      readonly inserted: readonly AlignedSentence[];
    }
  | {
      readonly part: 'confirmation';
      readonly at: number;
      readonly count: number;
      readonly confirmed: boolean;
    };

/**
 * One undoable edit of a bead list: splices applied in order, each against the list the previous
 * ones left. Plain JSON, and as large as the region it edits, never the whole list.
 */
export interface BeadListChange {
  readonly splices: readonly BeadListSplice[];
}

/** Why an operation refused: short codes the UI translates (a test can check each has a string). */
export const BEAD_REFUSALS = [
  'no-bead',
  'no-next-bead',
  'no-previous-bead',
  'confirmed',
  'empty-side',
  'single-sentence',
  'bad-split',
  'no-sentence',
  'no-next-sentence',
  'bad-offset',
  'empty-text',
  'unchanged',
  'nothing-to-realign',
] as const;

export type BeadRefusal = (typeof BEAD_REFUSALS)[number];

export type BeadOperationResult =
  | { readonly ok: true; readonly change: BeadListChange }
  | { readonly ok: false; readonly reason: BeadRefusal };
