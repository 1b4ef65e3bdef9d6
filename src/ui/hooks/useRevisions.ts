import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { listRevisions, restoreRevision } from '../../db/segmentRepository';
import type { RevisionId, SegmentId } from '../../domain/ids';
import type { Revision, Segment } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** A segment's earlier versions, newest first, kept live; undefined while loading. */
export function useRevisions(segmentId: SegmentId | undefined): Revision[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    () => (segmentId === undefined ? Promise.resolve([]) : listRevisions(database, segmentId)),
    [database, segmentId],
  );
}

/** Puts an earlier version back; resolves with the segment as restored. */
export function useRestoreRevision(): (revisionId: RevisionId) => Promise<Segment> {
  const database = useDatabase();
  return useCallback((revisionId) => restoreRevision(database, revisionId), [database]);
}
