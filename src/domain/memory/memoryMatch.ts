import type { MemoryUnit } from './memoryUnit';

/** A stored pair found for a sentence, with its match percentage (100 for an exact match). */
export interface MemoryMatch {
  readonly unit: MemoryUnit;
  readonly score: number;
  readonly isExact: boolean;
}
