import { BEAD_TYPES } from './beadTypes';

const INDEX = new Map(BEAD_TYPES.map((type, index) => [`${type.source}-${type.target}`, index]));

/** The index in BEAD_TYPES of the shape with these side sizes, or -1 when the aligner has no such shape. */
export function beadTypeIndex(sourceSize: number, targetSize: number): number {
  return INDEX.get(`${sourceSize}-${targetSize}`) ?? -1;
}
