/** For each DP row i (source sentences consumed), the inclusive range of target counts j explored. */
export interface AlignmentBand {
  readonly low: Int32Array;
  readonly high: Int32Array;
}
