import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  addSegmentComment,
  listSegmentComments,
  setThreadResolved,
} from '../../db/segmentCommentRepository';
import type { SegmentComment } from '../../domain/comments/segmentComment';
import type { SegmentId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

/** A segment's comment thread, kept live, with ways to add a message and to resolve or reopen it. */
export function useSegmentComments(segmentId: SegmentId | undefined): {
  readonly comments: SegmentComment[] | undefined;
  readonly add: (author: string, text: string) => Promise<SegmentComment>;
  readonly setResolved: (isResolved: boolean, author: string) => Promise<void>;
} {
  const database = useDatabase();
  const comments = useLiveQuery(
    () =>
      segmentId === undefined ? Promise.resolve([]) : listSegmentComments(database, segmentId),
    [database, segmentId],
  );
  const actions = useMemo(
    () => ({
      add: (author: string, text: string) => {
        if (segmentId === undefined) return Promise.reject(new Error('No segment.'));
        return addSegmentComment(database, segmentId, { author, text });
      },
      setResolved: async (isResolved: boolean, author: string) => {
        if (segmentId !== undefined)
          await setThreadResolved(database, segmentId, { isResolved, author });
      },
    }),
    [database, segmentId],
  );
  return { comments, ...actions };
}
