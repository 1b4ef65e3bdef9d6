/** Which evidence of a source sentence each nearby target sentence confirms, and the reverse, as bit sets. */
export interface PairMasks {
  /** Per source sentence, the first target sentence with stored masks. */
  readonly first: Int32Array;
  readonly count: Int32Array;
  readonly offset: Int32Array;
  /** Bit b set: key b of the source sentence is translated in the target sentence. */
  readonly sourceBits: Int32Array;
  /** Bit b set: token b of the target sentence translates a key of the source sentence. */
  readonly targetBits: Int32Array;
}
