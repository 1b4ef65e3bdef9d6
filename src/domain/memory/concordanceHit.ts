import type { MemoryUnit } from './memoryUnit';

export type MemorySide = 'source' | 'target';

/** A stored pair whose source or target contains the phrase searched for, with where it does. */
export interface ConcordanceHit {
  readonly unit: MemoryUnit;
  readonly side: MemorySide;
  /** Character offsets of each occurrence in that side's text. */
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
}
