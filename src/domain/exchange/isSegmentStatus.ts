import { SEGMENT_STATUSES, type SegmentStatus } from '../model';

/** Whether a string read from a file is one of our statuses. */
export function isSegmentStatus(value: string | undefined): value is SegmentStatus {
  return (SEGMENT_STATUSES as readonly (string | undefined)[]).includes(value);
}
