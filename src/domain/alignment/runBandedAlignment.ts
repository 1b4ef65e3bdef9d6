import type { AlignmentBand } from './alignmentBand';
import { BEAD_TYPES } from './beadTypes';
import type { BeadScorer } from './createBeadScorer';
import type { RawBead } from './rawBead';

const ROWS_PER_STEP = 200;

/**
 * Finds the best-scoring sequence of beads through the band by dynamic programming: time and memory
 * grow with the band's area, not with the product of the two lengths. Yields the share of rows done
 * every few hundred rows so a caller can report progress or stop.
 */
export function* runBandedAlignment(
  band: AlignmentBand,
  scorer: BeadScorer,
): Generator<number, RawBead[], void> {
  const rows = band.low.length;
  const rowOffset = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row += 1)
    rowOffset[row + 1] = (rowOffset[row] ?? 0) + (band.high[row] ?? 0) - (band.low[row] ?? 0) + 1;
  const cells = rowOffset[rows] ?? 0;
  const best = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const choice = new Uint8Array(cells);
  const typeCount = BEAD_TYPES.length;
  for (let row = 0; row < rows; row += 1) {
    const low = band.low[row] ?? 0;
    const high = band.high[row] ?? 0;
    const base = rowOffset[row] ?? 0;
    for (let column = low; column <= high; column += 1) {
      if (row === 0 && column === 0) {
        best[base] = 0;
        continue;
      }
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestType = 0;
      for (let typeIndex = 0; typeIndex < typeCount; typeIndex += 1) {
        const type = BEAD_TYPES[typeIndex] ?? [1, 1];
        const previousRow = row - type[0];
        const previousColumn = column - type[1];
        if (previousRow < 0 || previousColumn < 0) continue;
        const previousLow = band.low[previousRow] ?? 0;
        if (previousColumn < previousLow || previousColumn > (band.high[previousRow] ?? 0))
          continue;
        const previous =
          best[(rowOffset[previousRow] ?? 0) + previousColumn - previousLow] ??
          Number.NEGATIVE_INFINITY;
        if (previous === Number.NEGATIVE_INFINITY) continue;
        const score = previous + scorer(row, column, typeIndex);
        if (score > bestScore) {
          bestScore = score;
          bestType = typeIndex;
        }
      }
      best[base + column - low] = bestScore;
      choice[base + column - low] = bestType;
    }
    if (row % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield (row + 1) / rows;
  }
  const beads: RawBead[] = [];
  let row = rows - 1;
  let column = band.high[row] ?? 0;
  while (row > 0 || column > 0) {
    const index = (rowOffset[row] ?? 0) + column - (band.low[row] ?? 0);
    const typeIndex = choice[index] ?? 0;
    const type = BEAD_TYPES[typeIndex] ?? [1, 1];
    beads.push([row - type[0], type[0], column - type[1], type[1], scorer(row, column, typeIndex)]);
    row -= type[0];
    column -= type[1];
  }
  return beads.reverse();
}
