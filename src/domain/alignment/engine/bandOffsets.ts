import type { AlignmentBand } from './alignmentBand';

/** Where each row of the band starts in a flat array of its cells; the last entry is the cell count. */
export function bandOffsets(band: AlignmentBand): Int32Array {
  const rows = band.low.length;
  const offsets = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row += 1) {
    offsets[row + 1] = (offsets[row] ?? 0) + (band.high[row] ?? 0) - (band.low[row] ?? 0) + 1;
  }
  return offsets;
}
