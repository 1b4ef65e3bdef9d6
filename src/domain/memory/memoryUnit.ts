import type { AlignmentId, Brand, ProjectId, SegmentId } from '../ids';
import type { Timestamp } from '../model';

export type MemoryUnitId = Brand<string, 'MemoryUnitId'>;

/**
 * Where a pair came from: a segment the translator confirmed, a bead confirmed in the alignment
 * workspace, or a file imported into the memory.
 */
export type MemoryOrigin = 'confirmed' | 'aligned' | 'imported';

/** One source sentence and its translation, kept for reuse. */
export interface MemoryUnit {
  readonly id: MemoryUnitId;
  readonly source: string;
  readonly target: string;
  readonly origin: MemoryOrigin;
  /** The project the pair belongs to, or null when it is shared by every project. */
  readonly projectId: ProjectId | null;
  /** The segment a confirmed pair came from; a later confirmation of it replaces the pair. */
  readonly segmentId: SegmentId | null;
  /** The alignment an aligned pair was confirmed in; un-confirming it there removes the pair. */
  readonly alignmentId?: AlignmentId;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}
