import type { QaSegment } from './qaFinding';

/** A document as the checks that compare segments read it, built once by createQaDocument. */
export interface QaDocument {
  readonly segments: readonly QaSegment[];
  /** The usual log of target to source length, and how far from it is far, when enough segments are translated. */
  readonly lengthNorm: { readonly logRatio: number; readonly tolerance: number } | undefined;
  /** Whether the translation quotes with straight marks ("…"), so curly ones stand out. */
  readonly usesStraightQuotes: boolean;
  /** For each source (folded), the indices of its translated segments. */
  readonly translatedBySource: ReadonlyMap<string, readonly number[]>;
  /** For each translation (folded), the indices of the segments translated so. */
  readonly segmentsByTarget: ReadonlyMap<string, readonly number[]>;
}
