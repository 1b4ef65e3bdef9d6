/** The bead shapes the aligner considers: sentences taken from the source and from the target. */
export const BEAD_TYPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
  [2, 2],
  [1, 4],
  [4, 1],
  [2, 3],
  [3, 2],
  [1, 5],
  [1, 0],
  [0, 1],
];

/** The largest number of sentences a bead takes from one side. */
export const LARGEST_BEAD_SIDE = 5;
