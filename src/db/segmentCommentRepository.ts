/**
 * The comment threads of segments (segmentComments store, by projectId and segmentId): a thread
 * is a segment's messages in time order, resolved or open as its first message says.
 */
import type { SegmentComment } from '../domain/comments/segmentComment';
import { newId, type ProjectId, type SegmentCommentId, type SegmentId } from '../domain/ids';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** A segment's thread, oldest message first. */
export async function listSegmentComments(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
): Promise<SegmentComment[]> {
  const comments = await database.segmentComments.where('segmentId').equals(segmentId).toArray();
  return comments.sort((a, b) => a.createdAt - b.createdAt);
}

/** Every comment of a project, for the threads' overview. */
export async function listProjectComments(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<SegmentComment[]> {
  return database.segmentComments.where('projectId').equals(projectId).toArray();
}

/** Adds a message to a segment's thread; a new message opens a resolved thread again. */
export async function addSegmentComment(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
  { author, text }: { readonly author: string; readonly text: string },
): Promise<SegmentComment> {
  const trimmed = text.trim();
  if (trimmed === '') throw new StorageInputError('emptyComment', 'A comment needs text.');
  return database.transaction('rw', [database.segmentComments, database.segments], async () => {
    const segment = await database.segments.get(segmentId);
    if (segment === undefined)
      throw new StorageInputError('segmentNotFound', `There is no segment ${segmentId}.`);
    const thread = await listSegmentComments(database, segmentId);
    const last = thread[thread.length - 1];
    const comment: SegmentComment = {
      id: newId<SegmentCommentId>(),
      projectId: segment.projectId,
      segmentId,
      author: author.trim(),
      text: trimmed,
      createdAt: Math.max(Date.now(), (last?.createdAt ?? 0) + 1),
    };
    await database.segmentComments.add(comment);
    const first = thread[0];
    if (first?.resolvedAt !== undefined) await reopen(database, first);
    return comment;
  });
}

/** Marks a segment's thread resolved (by `author`) or open again. */
export async function setThreadResolved(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
  resolved: { readonly isResolved: boolean; readonly author: string },
): Promise<void> {
  await database.transaction('rw', database.segmentComments, async () => {
    const [first] = await listSegmentComments(database, segmentId);
    if (first === undefined) return;
    if (!resolved.isResolved) return reopen(database, first);
    await database.segmentComments.put({
      ...first,
      resolvedAt: Date.now(),
      resolvedBy: resolved.author.trim(),
    });
    return undefined;
  });
}

async function reopen(database: WorkbenchDatabase, first: SegmentComment): Promise<void> {
  const { resolvedAt: _resolvedAt, resolvedBy: _resolvedBy, ...open } = first;
  await database.segmentComments.put(open);
}
