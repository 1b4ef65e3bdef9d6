import { BEAD_TYPES, type BeadType } from './beadTypes';

/**
 * The bead type at an index of BEAD_TYPES. An index outside it is a bug in the caller, so it throws
 * rather than answering some default shape (a 1-1 bead would hide the bug in the alignment).
 */
export function beadTypeAt(index: number): BeadType {
  const type = BEAD_TYPES[index];
  if (type === undefined) throw new RangeError(`No bead type ${index}.`);
  return type;
}
