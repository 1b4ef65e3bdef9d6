import { useMemo } from 'react';
import {
  replaceSegmentTargets,
  restoreSegmentStates,
  setSegmentStatuses,
  type SegmentState,
  type TargetChange,
} from '../../db/reviewRepository';
import type { SegmentId } from '../../domain/ids';
import type { SegmentStatus } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

export type { SegmentState, TargetChange } from '../../db/reviewRepository';

export interface BulkSegmentChanges {
  readonly setStatuses: (
    ids: readonly SegmentId[],
    status: SegmentStatus,
  ) => Promise<SegmentState[]>;
  readonly replaceTargets: (changes: readonly TargetChange[]) => Promise<SegmentState[]>;
  readonly restoreStates: (states: readonly SegmentState[]) => Promise<SegmentState[]>;
}

/** Changes to many segments in one transaction each, returning what they replaced (for undo). */
export function useBulkSegmentChanges(): BulkSegmentChanges {
  const database = useDatabase();
  return useMemo(
    () => ({
      setStatuses: (ids, status) => setSegmentStatuses(database, ids, status),
      replaceTargets: (changes) => replaceSegmentTargets(database, changes),
      restoreStates: (states) => restoreSegmentStates(database, states),
    }),
    [database],
  );
}
