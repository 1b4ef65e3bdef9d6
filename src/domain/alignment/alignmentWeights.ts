/** The few tuned constants of the aligner, kept together so ablations and tuning touch one place. */
export interface AlignmentWeights {
  readonly sourceEvidence: number;
  readonly targetEvidence: number;
  readonly length: number;
  readonly paragraph: number;
  /** Chance beyond coincidence that a key's translation appears in the aligned sentence, before calibration. */
  readonly initialMatchRate: number;
  /** Prior share of beads that leave one sentence unpaired (1-0 or 0-1), before calibration. */
  readonly unpairedShare: number;
  /** Half-width of the band, in sentences, around the anchor path and around the first-pass path. */
  readonly anchorBandWidth: number;
  readonly refineBandWidth: number;
}

export const DEFAULT_WEIGHTS: AlignmentWeights = {
  sourceEvidence: 0.5,
  targetEvidence: 0.5,
  length: 1,
  paragraph: 5,
  initialMatchRate: 0.5,
  unpairedShare: 0.006,
  anchorBandWidth: 10,
  refineBandWidth: 12,
};
