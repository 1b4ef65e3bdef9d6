import type { AlignmentBand } from './alignmentBand';

/**
 * Makes a band usable by the dynamic programme: ranges within [0, targetCount], starting at 0, ending
 * at targetCount, never moving backwards, and each row overlapping the next so a path always exists.
 */
export function connectBand(low: Int32Array, high: Int32Array, targetCount: number): AlignmentBand {
  const rows = low.length;
  const clampedLow = new Int32Array(rows);
  const clampedHigh = new Int32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    clampedLow[row] = Math.max(0, Math.min(targetCount, low[row] ?? 0));
    clampedHigh[row] = Math.max(0, Math.min(targetCount, high[row] ?? targetCount));
  }
  clampedLow[0] = 0;
  clampedHigh[rows - 1] = targetCount;
  for (let row = 1; row < rows; row += 1) {
    clampedLow[row] = Math.max(clampedLow[row] ?? 0, clampedLow[row - 1] ?? 0);
    clampedHigh[row] = Math.max(clampedHigh[row] ?? 0, clampedHigh[row - 1] ?? 0);
  }
  for (let row = rows - 2; row >= 0; row -= 1) {
    clampedLow[row] = Math.min(clampedLow[row] ?? 0, clampedLow[row + 1] ?? 0);
    clampedHigh[row] = Math.min(clampedHigh[row] ?? 0, clampedHigh[row + 1] ?? 0);
  }
  for (let row = 0; row < rows; row += 1) {
    if ((clampedHigh[row] ?? 0) < (clampedLow[row] ?? 0)) clampedHigh[row] = clampedLow[row] ?? 0;
    if (row > 0 && (clampedLow[row] ?? 0) > (clampedHigh[row - 1] ?? 0))
      clampedLow[row] = clampedHigh[row - 1] ?? 0;
  }
  return { low: clampedLow, high: clampedHigh };
}
