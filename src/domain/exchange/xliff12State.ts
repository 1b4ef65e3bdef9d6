import type { SegmentStatus } from '../model';

/**
 * The XLIFF 1.2 `state` of a target: new, needs-review-translation for a draft (read as fuzzy by
 * translate-toolkit), translated, signed-off for reviewed, final for approved, and the
 * user-defined x-rejected and x-locked (XLIFF 1.2 allows x- values).
 */
export function xliff12State(status: SegmentStatus): string {
  switch (status) {
    case 'new':
      return 'new';
    case 'draft':
      return 'needs-review-translation';
    case 'translated':
      return 'translated';
    case 'reviewed':
      return 'signed-off';
    case 'approved':
      return 'final';
    case 'rejected':
      return 'x-rejected';
    case 'locked':
      return 'x-locked';
  }
}
