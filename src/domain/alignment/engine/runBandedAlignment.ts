import type { AlignmentBand } from './alignmentBand';
import { beadTypeAt } from './beadTypeAt';
import { BEAD_TYPES, LARGEST_BEAD_SIDE } from './beadTypes';
import type { BeadScorer } from './createBeadScorer';
import type { RawBead } from './rawBead';
import { CELLS_PER_STEP } from './stepInterval';

/**
 * Finds the best-scoring sequence of beads through the band by dynamic programming: time and memory
 * grow with the band's area, not with the product of the two lengths. Each sentence's evidence
 * against the windows ending at a cell is computed once and shared by every bead shape that uses it.
 * Yields the share of rows done every few thousand cells so a caller can report progress or stop.
 * When `transitions` is given (band cells × bead types, filled with -Infinity), it receives the
 * score of every bead the band allows, for `computeBeadPosteriors`.
 */
export function* runBandedAlignment(
  band: AlignmentBand,
  scorer: BeadScorer,
  transitions?: Float32Array,
): Generator<number, RawBead[], void> {
  const side = LARGEST_BEAD_SIDE;
  const rows = band.low.length;
  const rowOffset = new Int32Array(rows + 1);
  let widest = 0;
  for (let row = 0; row < rows; row += 1) {
    const width = (band.high[row] ?? 0) - (band.low[row] ?? 0) + 1;
    rowOffset[row + 1] = (rowOffset[row] ?? 0) + width;
    widest = Math.max(widest, width);
  }
  const cells = rowOffset[rows] ?? 0;
  const best = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const choice = new Uint8Array(cells);
  // sourceMemo[row % side]: evidence of source sentence row-1 against target windows ending at each column of the row.
  const sourceMemo = Array.from({ length: side }, () => new Float64Array(widest * side));
  // targetMemo: evidence of target sentence column-1 against source windows ending at the current row.
  const targetMemo = new Float64Array(widest * side);
  const scratch = new Float64Array(side);
  let cellsSinceYield = 0;

  for (let row = 0; row < rows; row += 1) {
    const low = band.low[row] ?? 0;
    const high = band.high[row] ?? 0;
    const base = rowOffset[row] ?? 0;
    const memo = sourceMemo[row % side] ?? scratch;
    for (let column = low; column <= high; column += 1) {
      const cell = column - low;
      if (row > 0)
        scorer.sourceEvidence(row - 1, column, Math.min(side, column), memo, cell * side);
      if (column > 0)
        scorer.targetEvidence(column - 1, row, Math.min(side, row), targetMemo, cell * side);
      if (row === 0 && column === 0) {
        best[base] = 0;
        continue;
      }
      let bestScore = Number.NEGATIVE_INFINITY;
      let bestType = 0;
      for (let typeIndex = 0; typeIndex < BEAD_TYPES.length; typeIndex += 1) {
        const { source: sourceSize, target: targetSize } = beadTypeAt(typeIndex);
        const previousRow = row - sourceSize;
        const previousColumn = column - targetSize;
        if (previousRow < 0 || previousColumn < 0) continue;
        const previousLow = band.low[previousRow] ?? 0;
        if (previousColumn < previousLow || previousColumn > (band.high[previousRow] ?? 0))
          continue;
        const previous =
          best[(rowOffset[previousRow] ?? 0) + previousColumn - previousLow] ??
          Number.NEGATIVE_INFINITY;
        if (previous === Number.NEGATIVE_INFINITY) continue;
        let score = scorer.shapeScore(row, column, typeIndex);
        if (sourceSize > 0 && targetSize > 0) {
          for (let back = 0; back < sourceSize; back += 1) {
            const memoRow = row - back;
            const memoLow = band.low[memoRow] ?? 0;
            if (column >= memoLow && column <= (band.high[memoRow] ?? 0)) {
              score +=
                sourceMemo[memoRow % side]?.[(column - memoLow) * side + targetSize - 1] ?? 0;
            } else {
              scorer.sourceEvidence(memoRow - 1, column, targetSize, scratch, 0);
              score += scratch[targetSize - 1] ?? 0;
            }
          }
          for (let back = 0; back < targetSize; back += 1) {
            const memoColumn = column - back;
            if (memoColumn >= low) {
              score += targetMemo[(memoColumn - low) * side + sourceSize - 1] ?? 0;
            } else {
              scorer.targetEvidence(memoColumn - 1, row, sourceSize, scratch, 0);
              score += scratch[sourceSize - 1] ?? 0;
            }
          }
        }
        if (transitions) transitions[(base + cell) * BEAD_TYPES.length + typeIndex] = score;
        score += previous;
        if (score > bestScore) {
          bestScore = score;
          bestType = typeIndex;
        }
      }
      best[base + cell] = bestScore;
      choice[base + cell] = bestType;
    }
    cellsSinceYield += high - low + 1;
    if (cellsSinceYield >= CELLS_PER_STEP) {
      cellsSinceYield = 0;
      yield (row + 1) / rows;
    }
  }
  const beads: RawBead[] = [];
  let row = rows - 1;
  let column = band.high[row] ?? 0;
  while (row > 0 || column > 0) {
    const index = (rowOffset[row] ?? 0) + column - (band.low[row] ?? 0);
    const typeIndex = choice[index] ?? 0;
    const type = beadTypeAt(typeIndex);
    beads.push([
      row - type.source,
      type.source,
      column - type.target,
      type.target,
      scorer.score(row, column, typeIndex),
    ]);
    row -= type.source;
    column -= type.target;
  }
  return beads.reverse();
}
