/** A bead shape the aligner considers: how many sentences it takes from each side. */
export interface BeadType {
  readonly source: number;
  readonly target: number;
  /** Its share of the beads of a literary translation, before a text's first pass re-estimates it. */
  readonly initialProbability: number;
}

/** The bead shapes the aligner considers, in the order of every per-type table (priors, transitions). */
export const BEAD_TYPES: readonly BeadType[] = [
  { source: 1, target: 1, initialProbability: 0.6 },
  { source: 1, target: 2, initialProbability: 0.15 },
  { source: 2, target: 1, initialProbability: 0.06 },
  { source: 1, target: 3, initialProbability: 0.04 },
  { source: 3, target: 1, initialProbability: 0.012 },
  { source: 2, target: 2, initialProbability: 0.02 },
  { source: 1, target: 4, initialProbability: 0.015 },
  { source: 4, target: 1, initialProbability: 0.003 },
  { source: 2, target: 3, initialProbability: 0.008 },
  { source: 3, target: 2, initialProbability: 0.005 },
  { source: 1, target: 5, initialProbability: 0.004 },
  { source: 1, target: 0, initialProbability: 0.006 },
  { source: 0, target: 1, initialProbability: 0.006 },
];

/** The largest number of sentences a bead takes from one side. */
export const LARGEST_BEAD_SIDE = 5;
