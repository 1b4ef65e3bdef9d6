/** A bead during alignment: [source start, source size, target start, target size, score]. */
export type RawBead = readonly [number, number, number, number, number];
