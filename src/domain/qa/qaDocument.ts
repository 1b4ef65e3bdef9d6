import type { QaSegment } from './qaFinding';

/** A document as the checks that compare segments read it, built once by createQaDocument. */
export interface QaDocument {
  readonly segments: readonly QaSegment[];
  /** The usual log of target to source length, and how far from it is far, when enough segments are translated. */
  readonly lengthNorm: { readonly logRatio: number; readonly tolerance: number } | undefined;
  /** Whether the translation quotes with straight marks ("…"), so curly ones stand out. */
  readonly usesStraightQuotes: boolean;
  /** For each source (folded), its translations (folded), each with the indices of its segments. */
  readonly translationsBySource: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** For each translation (folded), its sources (folded, without punctuation), each with its indices. */
  readonly sourcesByTarget: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
}
