import type { ProjectId, SegmentCommentId, SegmentId } from '../ids';
import type { Timestamp } from '../model';

/** One message of a segment's comment thread; a thread is open until one of its messages resolves it. */
export interface SegmentComment {
  readonly id: SegmentCommentId;
  readonly projectId: ProjectId;
  readonly segmentId: SegmentId;
  readonly author: string;
  readonly text: string;
  readonly createdAt: Timestamp;
  /** When the thread was marked resolved (on its first message), undefined while open. */
  readonly resolvedAt?: Timestamp;
  readonly resolvedBy?: string;
}
