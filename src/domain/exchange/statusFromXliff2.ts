import type { SegmentStatus } from '../model';

/**
 * Our status for an XLIFF 2.0 segment: final → approved, reviewed, translated; initial (or none)
 * → draft when it has a target, else new; our own `bitext:` subState says which when present
 * (draft, rejected, new; locked under final).
 */
export function statusFromXliff2(
  state: string | undefined,
  subState: string | undefined,
  hasTarget: boolean,
): SegmentStatus {
  switch (state) {
    case 'final':
      return subState === 'bitext:locked' ? 'locked' : 'approved';
    case 'reviewed':
      return 'reviewed';
    case 'translated':
      return hasTarget ? 'translated' : 'new';
    default:
      if (subState === 'bitext:draft' && hasTarget) return 'draft';
      if (subState === 'bitext:rejected' && hasTarget) return 'rejected';
      return hasTarget && subState !== 'bitext:new' ? 'draft' : 'new';
  }
}
