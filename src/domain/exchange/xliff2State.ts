import type { SegmentStatus } from '../model';

export type Xliff2State = 'initial' | 'translated' | 'reviewed' | 'final';

/**
 * The XLIFF 2.0 `state` of a status (new, draft and rejected are initial, locked is final), with a
 * `subState` that keeps which it was.
 */
export function xliff2State(status: SegmentStatus): { state: Xliff2State; subState?: string } {
  switch (status) {
    case 'new':
    case 'draft':
    case 'rejected':
      return { state: 'initial', subState: `bitext:${status}` };
    case 'translated':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'reviewed' };
    case 'approved':
      return { state: 'final' };
    case 'locked':
      return { state: 'final', subState: 'bitext:locked' };
  }
}
