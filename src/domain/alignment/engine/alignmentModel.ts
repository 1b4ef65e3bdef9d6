/** The calibrated parameters the bead scorer uses; estimated from the two texts themselves. */
export interface AlignmentModel {
  /** Per source key, per other-side window size k (index k-1): score when matched minus when not. */
  readonly keyGain: Float64Array;
  /** Per source key, per window size: score when not matched (≤ 0). */
  readonly keyMiss: Float64Array;
  readonly tokenGain: Float64Array;
  readonly tokenMiss: Float64Array;
  /** Target characters per source character. */
  readonly lengthRatio: number;
  /** Spread of the log length ratio of true beads and of random pairs. */
  readonly lengthDeviation: number;
  readonly randomLengthDeviation: number;
  readonly randomLengthMean: number;
  /** Log prior of each bead type, in the order of BEAD_TYPES. */
  readonly typePriors: Float64Array;
}
