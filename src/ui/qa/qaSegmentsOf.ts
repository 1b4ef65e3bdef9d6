import type { Segment } from '../../domain/model';
import type { QaSegment } from '../../domain/qa/qaFinding';

/** The segments as the checks read them, with the translations as the translator sees them. */
export function qaSegmentsOf(
  segments: readonly Segment[],
  targetTextOf: (segment: Segment) => string,
): QaSegment[] {
  return segments.map((segment) => ({
    key: segment.id,
    source: segment.source,
    target: targetTextOf(segment),
  }));
}
