import type { SegmentStatus } from '../model';

/**
 * Our status for an XLIFF 1.2 target state: final → approved, signed-off → reviewed, translated,
 * our x-rejected and x-locked, any needs-review or needs-adaptation/l10n → draft, new and needs-translation → new (draft when
 * there is text). Without a state, `approved="yes"` means translated, its absence a draft (as
 * translate-toolkit reads it).
 */
export function statusFromXliff12(
  state: string | undefined,
  hasTarget: boolean,
  isApproved: boolean,
): SegmentStatus {
  if (!hasTarget) return 'new';
  switch (state) {
    case 'final':
      return 'approved';
    case 'signed-off':
      return 'reviewed';
    case 'translated':
      return 'translated';
    case 'x-rejected':
      return 'rejected';
    case 'x-locked':
      return 'locked';
    case 'new':
    case 'needs-translation':
    case undefined:
      return state === undefined && isApproved ? 'translated' : 'draft';
    default:
      return 'draft';
  }
}
