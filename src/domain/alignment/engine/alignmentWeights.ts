/** The few tuned constants of the aligner, kept together so ablations and tuning touch one place. */
export interface AlignmentWeights {
  readonly sourceEvidence: number;
  readonly targetEvidence: number;
  readonly length: number;
  readonly paragraph: number;
  /** Chance beyond coincidence that a key's translation appears in the aligned sentence, before calibration. */
  readonly initialMatchRate: number;
  /**
   * Log-odds taken off the prior of a bead that leaves a sentence unpaired (1-0 or 0-1), after
   * calibration: the first pass leaves too many sentences unpaired and its counts feed the priors,
   * so without it a sentence the translator merged into its neighbour comes out deleted.
   */
  readonly unpairedPenalty: number;
  /**
   * Divides the bead scores before forward–backward turns them into the confidences reported: the
   * scores count evidence as independent and so are overconfident; fitted on the dev chapters by the
   * reliability table of eval:align.
   */
  readonly confidenceTemperature: number;
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
  unpairedPenalty: 1,
  confidenceTemperature: 1.75,
  anchorBandWidth: 10,
  refineBandWidth: 12,
};
