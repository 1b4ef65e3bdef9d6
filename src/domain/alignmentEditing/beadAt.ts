import type { BeadList, EditableBead } from './beadListTypes';

/** The bead at `index`, or undefined when the index is not a bead's (not an integer, out of range). */
export function beadAt(list: BeadList, index: number): EditableBead | undefined {
  return Number.isInteger(index) ? list.beads[index] : undefined;
}
