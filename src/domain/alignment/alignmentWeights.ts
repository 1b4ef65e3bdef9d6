/** The few tuned constants of the aligner, kept together so ablations and tuning touch one place. */
export interface AlignmentWeights {
  readonly sourceEvidence: number;
  readonly targetEvidence: number;
  readonly length: number;
  readonly paragraph: number;
  /** Chance beyond coincidence that a key's translation appears in the aligned sentence, before calibration. */
  readonly initialMatchRate: number;
  /** Half-width of the band, in sentences, around the anchor path and around the first-pass path. */
  readonly anchorBandWidth: number;
  readonly refineBandWidth: number;
}

export const DEFAULT_WEIGHTS: AlignmentWeights = {
  sourceEvidence: 0.5,
  targetEvidence: 0.5,
  length: 1,
  paragraph: 3,
  initialMatchRate: 0.4,
  anchorBandWidth: 40,
  refineBandWidth: 12,
};
