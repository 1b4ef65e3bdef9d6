import type { SegmentStatus } from '../model';

/**
 * The XLIFF 1.2 `state` of a target: new, needs-review-translation for a draft (read as fuzzy by
 * translate-toolkit), translated, signed-off for reviewed, final for approved.
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
  }
}
