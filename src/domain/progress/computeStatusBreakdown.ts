import { SEGMENT_STATUSES, type Segment, type SegmentStatus } from '../model';
import { countChineseCharacters } from './countChineseCharacters';

export interface StatusCount {
  readonly status: SegmentStatus;
  readonly segments: number;
  readonly characters: number;
}

/**
 * Segments and Chinese source characters (countChineseCharacters) per status, one entry for
 * every status in SEGMENT_STATUSES order, zeros included: the stacked bars of the progress view.
 */
export function computeStatusBreakdown(
  segments: readonly Pick<Segment, 'source' | 'status'>[],
): StatusCount[] {
  const counts = new Map<SegmentStatus, { segments: number; characters: number }>(
    SEGMENT_STATUSES.map((status) => [status, { segments: 0, characters: 0 }]),
  );
  for (const segment of segments) {
    const count = counts.get(segment.status);
    if (count === undefined) continue;
    count.segments += 1;
    count.characters += countChineseCharacters(segment.source);
  }
  return SEGMENT_STATUSES.map((status) => ({
    status,
    ...(counts.get(status) ?? { segments: 0, characters: 0 }),
  }));
}
