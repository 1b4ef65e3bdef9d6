import type { SegmentStatus } from '../model';

export type Xliff2State = 'initial' | 'translated' | 'reviewed' | 'final';

/**
 * The XLIFF 2.0 `state` of a status (new and draft are both initial), with a `subState` that
 * keeps which of the two it was.
 */
export function xliff2State(status: SegmentStatus): { state: Xliff2State; subState?: string } {
  switch (status) {
    case 'new':
    case 'draft':
      return { state: 'initial', subState: `bitext:${status}` };
    case 'translated':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'reviewed' };
    case 'approved':
      return { state: 'final' };
  }
}
