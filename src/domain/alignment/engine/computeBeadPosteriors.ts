import type { AlignmentBand } from './alignmentBand';
import { bandOffsets } from './bandOffsets';
import { beadTypeIndex } from './beadTypeIndex';
import { BEAD_TYPES } from './beadTypes';
import type { RawBead } from './rawBead';
import { CELLS_PER_STEP } from './stepInterval';

/** A path this far below the best (in log units) changes nothing at double precision. */
const NEGLIGIBLE = -36;

/**
 * The probability of each chosen bead among all alignments through the band, each alignment weighted
 * by the exponential of its score (forward–backward over the same band as the dynamic programme).
 * A bead that wins by a narrow margin over different segmentations of its sentences gets a low value.
 * `temperature` divides every score first: above 1 it flattens the distribution, which calibrates
 * the scores' overconfidence (they add up evidence as if it were independent).
 */
export function* computeBeadPosteriors(
  band: AlignmentBand,
  transitions: Float32Array,
  beads: readonly RawBead[],
  temperature = 1,
): Generator<number, number[], void> {
  const scale = 1 / temperature;
  const types = BEAD_TYPES.length;
  const sourceSizes = BEAD_TYPES.map((type) => type.source);
  const targetSizes = BEAD_TYPES.map((type) => type.target);
  const rows = band.low.length;
  const offsets = bandOffsets(band);
  const cells = offsets[rows] ?? 0;
  const cellOf = (row: number, column: number): number => {
    const low = band.low[row] ?? 0;
    if (row < 0 || row >= rows || column < low || column > (band.high[row] ?? -1)) return -1;
    return (offsets[row] ?? 0) + column - low;
  };
  const forward = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const backward = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const terms = new Float64Array(types);
  let cellsSinceYield = 0;
  const logSumExp = (count: number): number => {
    let largest = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < count; index += 1)
      largest = Math.max(largest, terms[index] ?? Number.NEGATIVE_INFINITY);
    if (largest === Number.NEGATIVE_INFINITY) return largest;
    let sum = 0;
    for (let index = 0; index < count; index += 1) {
      const difference = (terms[index] ?? 0) - largest;
      if (difference > NEGLIGIBLE) sum += Math.exp(difference);
    }
    return largest + Math.log(sum);
  };
  for (let row = 0; row < rows; row += 1) {
    cellsSinceYield += (band.high[row] ?? -1) - (band.low[row] ?? 0) + 1;
    if (cellsSinceYield >= CELLS_PER_STEP) {
      cellsSinceYield = 0;
      yield row / (2 * rows);
    }
    for (let column = band.low[row] ?? 0; column <= (band.high[row] ?? -1); column += 1) {
      const cell = cellOf(row, column);
      if (row === 0 && column === 0) {
        forward[cell] = 0;
        continue;
      }
      let count = 0;
      for (let typeIndex = 0; typeIndex < types; typeIndex += 1) {
        const previous = cellOf(
          row - (sourceSizes[typeIndex] ?? 0),
          column - (targetSizes[typeIndex] ?? 0),
        );
        const transition = transitions[cell * types + typeIndex] ?? Number.NEGATIVE_INFINITY;
        if (previous < 0 || transition === Number.NEGATIVE_INFINITY) continue;
        terms[count] = (forward[previous] ?? Number.NEGATIVE_INFINITY) + scale * transition;
        count += 1;
      }
      forward[cell] = logSumExp(count);
    }
  }
  const last = rows - 1;
  const targetCount = band.high[last] ?? 0;
  backward[cellOf(last, targetCount)] = 0;
  for (let row = last; row >= 0; row -= 1) {
    cellsSinceYield += (band.high[row] ?? -1) - (band.low[row] ?? 0) + 1;
    if (cellsSinceYield >= CELLS_PER_STEP) {
      cellsSinceYield = 0;
      yield (2 * rows - row) / (2 * rows);
    }
    for (let column = band.high[row] ?? -1; column >= (band.low[row] ?? 0); column -= 1) {
      const cell = cellOf(row, column);
      if (row === last && column === targetCount) continue;
      let count = 0;
      for (let typeIndex = 0; typeIndex < types; typeIndex += 1) {
        const next = cellOf(
          row + (sourceSizes[typeIndex] ?? 0),
          column + (targetSizes[typeIndex] ?? 0),
        );
        if (next < 0) continue;
        const transition = transitions[next * types + typeIndex] ?? Number.NEGATIVE_INFINITY;
        if (transition === Number.NEGATIVE_INFINITY) continue;
        terms[count] = scale * transition + (backward[next] ?? Number.NEGATIVE_INFINITY);
        count += 1;
      }
      backward[cell] = logSumExp(count);
    }
  }
  const total = forward[cellOf(last, targetCount)] ?? 0;
  return beads.map(([sourceStart, sourceSize, targetStart, targetSize]) => {
    const typeIndex = beadTypeIndex(sourceSize, targetSize);
    const start = cellOf(sourceStart, targetStart);
    const end = cellOf(sourceStart + sourceSize, targetStart + targetSize);
    if (typeIndex < 0 || start < 0 || end < 0) return 0;
    const logProbability =
      (forward[start] ?? 0) +
      scale * (transitions[end * types + typeIndex] ?? 0) +
      (backward[end] ?? 0) -
      total;
    return Math.min(1, Math.exp(logProbability));
  });
}
