/**
 * Documents and segments of a project (documents and segments stores) and the history of each
 * segment's target (revisions store, by [segmentId+savedAt]).
 *
 * Every save that changes a segment keeps the state it replaces as a revision, with one
 * exception so that autosave every 300 ms does not flood the history: a save of the target
 * by the same session (one open database, i.e. one tab) within revisionCoalescingWindowMs of
 * the previous save of that segment, while the typing burst is younger than maximumBurstMs,
 * replaces the in-progress state instead. The state before the burst was kept as a revision
 * when the burst began. A status change or a restore always keeps a revision and closes the
 * burst, except 'new' to 'draft', which is what typing into a fresh segment does. Two tabs editing one segment: the last save wins and the other tab's text stays as a
 * revision, because saves by different sessions are never coalesced. A blank segment that
 * was never touched (empty target, status 'new') is not kept: there is nothing to lose.
 * A save or restore that leaves a segment confirmed puts it into the translation memory
 * (memoryUnits store) in the same transaction. A locked segment's target is refused
 * (StorageInputError 'segmentLocked') unless the same save sets another status.
 */
import Dexie from 'dexie';
import type { DocumentId, ProjectId, RevisionId, SegmentId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { BitextDocument, Revision, Segment, SegmentStatus } from '../domain/model';
import { parseRichText, plainTextFromRichText, type RichTextDoc } from '../domain/richText';
import { isLockedStatus, nextSegmentStatus } from '../domain/status/nextSegmentStatus';
import { memoryStores, recordConfirmedSegment } from './recordConfirmedSegment';
import { StorageInputError } from './StorageInputError';
import type { SegmentRecord, WorkbenchDatabase } from './WorkbenchDatabase';

export const revisionCoalescingWindowMs = 10_000;
export const maximumBurstMs = 60_000;

/** The documents of a project in their order. */
export async function listDocuments(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<BitextDocument[]> {
  return database.documents
    .where('[projectId+order]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .toArray();
}

/** The segments of a document in their order (the first `limit` of them, if given). */
export async function listSegments(
  database: WorkbenchDatabase,
  documentId: DocumentId,
  limit?: number,
): Promise<Segment[]> {
  const range = database.segments
    .where('[documentId+order]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey]);
  const records = await (limit === undefined ? range : range.limit(limit)).toArray();
  return records.map(toSegment);
}

/** Why a target is saved: the translator typed it or confirmed it (the status follows the rules of nextSegmentStatus). */
export type TargetSaveEvent = 'type' | 'confirm';

export interface TargetSave {
  readonly target: RichTextDoc;
  /** The status follows from this event and the stored status, read in the same transaction. */
  readonly event?: TargetSaveEvent;
  /** A status chosen outright; wins over event. Without either, the status stays. */
  readonly status?: SegmentStatus;
}

/**
 * Saves a segment's target and its status. The replaced state becomes a revision unless the
 * save continues this session's typing burst; a save that changes nothing writes nothing.
 */
export async function saveSegmentTarget(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
  { target, event, status }: TargetSave,
): Promise<Segment> {
  const checkedTarget = parseRichText(target);
  const targetText = plainTextFromRichText(checkedTarget);
  const stores = [database.segments, database.revisions, ...memoryStores(database)];
  return database.transaction('rw', stores, async () => {
    const record = await requireSegment(database, segmentId);
    const nextStatus =
      status !== undefined
        ? nextSegmentStatus(record.status, { kind: 'set', status })
        : event !== undefined
          ? nextSegmentStatus(record.status, { kind: event, targetText })
          : record.status;
    const isTargetChanged = JSON.stringify(checkedTarget) !== JSON.stringify(record.target);
    if (!isTargetChanged && nextStatus === record.status) return toSegment(record);
    if (isTargetChanged && isLockedStatus(record.status) && isLockedStatus(nextStatus))
      throw new StorageInputError('segmentLocked', `Segment ${segmentId} is locked.`);
    const now = nextUpdateTime(record);
    const lastSave = record.lastSave;
    const isTyping = isTypingChange(record.status, nextStatus, event);
    const isSameBurst =
      isTyping &&
      lastSave !== undefined &&
      lastSave.sessionId === database.sessionId &&
      now - lastSave.savedAt <= revisionCoalescingWindowMs &&
      now - lastSave.burstStartedAt <= maximumBurstMs;
    if (!isSameBurst) await keepRevision(database, record);
    const { lastSave: _previousSave, ...segment } = record;
    const saved: SegmentRecord = {
      ...segment,
      target: checkedTarget,
      targetText,
      status: nextStatus,
      updatedAt: now,
      ...(isTyping
        ? {
            lastSave: {
              sessionId: database.sessionId,
              savedAt: now,
              burstStartedAt: isSameBurst ? lastSave.burstStartedAt : now,
            },
          }
        : {}),
    };
    await database.segments.put(saved);
    await recordConfirmedSegment(database, record, saved);
    return toSegment(saved);
  });
}

/** The earlier states of a segment, the newest first. */
export async function listRevisions(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
): Promise<Revision[]> {
  return database.revisions
    .where('[segmentId+savedAt]')
    .between([segmentId, Dexie.minKey], [segmentId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/** Puts a revision's target and status back; the state it replaces becomes a revision too. */
export async function restoreRevision(
  database: WorkbenchDatabase,
  revisionId: RevisionId,
): Promise<Segment> {
  const stores = [database.segments, database.revisions, ...memoryStores(database)];
  return database.transaction('rw', stores, async () => {
    const revision = await database.revisions.get(revisionId);
    if (revision === undefined) {
      throw new StorageInputError('revisionNotFound', `There is no revision ${revisionId}.`);
    }
    const record = await requireSegment(database, revision.segmentId);
    const isUnchanged =
      record.status === revision.status &&
      JSON.stringify(record.target) === JSON.stringify(revision.target);
    if (isUnchanged) return toSegment(record);
    await keepRevision(database, record);
    const { lastSave: _previousSave, ...segment } = record;
    const restored: Segment = {
      ...segment,
      target: revision.target,
      targetText: revision.targetText,
      status: nextSegmentStatus(record.status, { kind: 'restore', status: revision.status }),
      updatedAt: nextUpdateTime(record),
    };
    await database.segments.put(restored);
    await recordConfirmedSegment(database, record, restored);
    return restored;
  });
}

/** Saves whose status only follows the text (new to draft, or a draft typed empty) continue a typing burst. */
function isTypingChange(
  from: SegmentStatus,
  to: SegmentStatus,
  event: TargetSaveEvent | undefined,
): boolean {
  if (from === to || (from === 'new' && to === 'draft')) return true;
  return event === 'type' && from === 'draft' && to === 'new';
}

async function requireSegment(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
): Promise<SegmentRecord> {
  const record = await database.segments.get(segmentId);
  if (record === undefined) {
    throw new StorageInputError('segmentNotFound', `There is no segment ${segmentId}.`);
  }
  return record;
}

async function keepRevision(database: WorkbenchDatabase, record: SegmentRecord): Promise<void> {
  if (record.targetText === '' && record.status === 'new') return;
  const revision: Revision = {
    id: newId<RevisionId>(),
    segmentId: record.id,
    projectId: record.projectId,
    target: record.target,
    targetText: record.targetText,
    status: record.status,
    savedAt: record.updatedAt,
  };
  await database.revisions.add(revision);
}

/** Strictly after the previous update, so the revisions of a segment never share a savedAt. */
function nextUpdateTime(record: SegmentRecord): number {
  return Math.max(Date.now(), record.updatedAt + 1);
}

/** A stored row as the domain sees it, without the save bookkeeping. */
export function toSegment(record: SegmentRecord): Segment {
  const { lastSave: _lastSave, ...segment } = record;
  return segment;
}
