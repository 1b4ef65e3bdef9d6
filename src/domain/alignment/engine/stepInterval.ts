/**
 * Items (sentences, beads, band rows) a long pass handles between two yields: about a few
 * milliseconds of work, so that a worker running the alignment can answer a cancel within 100 ms.
 */
export const STEP_INTERVAL = 256;

/** Band cells (each scored for every bead type) the dynamic programme and forward–backward fill between two yields. */
export const CELLS_PER_STEP = 4096;
