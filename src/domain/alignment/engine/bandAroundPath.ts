import type { AlignmentBand } from './alignmentBand';
import { connectBand } from './connectBand';
import type { RawBead } from './rawBead';

/** A band of half-width `width` around the path a previous pass found, for a finer second pass. */
export function bandAroundPath(
  beads: readonly RawBead[],
  sourceCount: number,
  targetCount: number,
  width: number,
): AlignmentBand {
  const low = new Int32Array(sourceCount + 1).fill(targetCount);
  const high = new Int32Array(sourceCount + 1).fill(0);
  const visit = (row: number, column: number): void => {
    low[row] = Math.min(low[row] ?? targetCount, Math.floor(column - width));
    high[row] = Math.max(high[row] ?? 0, Math.ceil(column + width));
  };
  visit(0, 0);
  for (const [sourceStart, sourceSize, targetStart, targetSize] of beads) {
    for (let step = 1; step <= sourceSize; step += 1)
      visit(sourceStart + step, targetStart + (targetSize * step) / sourceSize);
    if (sourceSize === 0) visit(sourceStart, targetStart + targetSize);
  }
  return connectBand(low, high, targetCount);
}
