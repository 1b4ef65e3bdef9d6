import type { SegmentStatus } from '../model';
import { findSegmentMatches } from '../search/findSegmentMatches';
import type { SegmentFilter } from './segmentFilter';

/** A segment as the filter reads it: its id, status, source and translation as shown. */
export interface FilterableSegment {
  readonly id: string;
  readonly status: SegmentStatus;
  readonly source: string;
  readonly target: string;
}

/**
 * The positions of the segments of a whole document that the filter keeps, in order: text (plain,
 * whole word or regular expression, through findSegmentMatches; a bad expression throws
 * SearchPatternError), statuses, having check findings, having annotations.
 */
export function filterSegments(
  segments: readonly FilterableSegment[],
  { query, statuses, withFindings, withAnnotations, ...findOptions }: SegmentFilter,
): number[] {
  const byText =
    query.trim() === '' ? undefined : new Set(findSegmentMatches(segments, query, findOptions));
  const kept = new Set(statuses);
  return segments.flatMap((segment, index) =>
    (byText === undefined || byText.has(index)) &&
    (kept.size === 0 || kept.has(segment.status)) &&
    (withFindings === undefined || withFindings.has(segment.id)) &&
    (withAnnotations === undefined || withAnnotations.has(segment.id))
      ? [index]
      : [],
  );
}
