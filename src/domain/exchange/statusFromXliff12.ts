import type { SegmentStatus } from '../model';

/**
 * Our status for an XLIFF 1.2 target state: final → approved, signed-off → reviewed, translated,
 * any needs-review or needs-adaptation/l10n → draft, new and needs-translation → new (draft when
 * there is text). Without a state, `approved="yes"` means approved and a target translated.
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
      return isApproved ? 'approved' : 'translated';
    case 'new':
    case 'needs-translation':
    case undefined:
      return isApproved ? 'approved' : state === undefined ? 'translated' : 'draft';
    default:
      return 'draft';
  }
}
