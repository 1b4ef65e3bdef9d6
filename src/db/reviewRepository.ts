/**
 * Changes to many segments of a document at once (segments store, with revisions and the memory
 * as every save keeps them): a status for a selection or a filter, replacements in targets, and
 * putting the states they replaced back (undo). Each is one transaction: all of it or nothing.
 */
import type { SegmentId } from '../domain/ids';
import type { Segment, SegmentStatus } from '../domain/model';
import type { RichTextDoc } from '../domain/richText';
import { memoryStores } from './recordConfirmedSegment';
import { saveSegmentTarget } from './segmentRepository';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** A segment's target and status as a bulk change found them, to put back on undo. */
export interface SegmentState {
  readonly segmentId: SegmentId;
  readonly target: RichTextDoc;
  readonly status: SegmentStatus;
}

/** A new target for a segment, as a replacement made it. */
export interface TargetChange {
  readonly segmentId: SegmentId;
  readonly target: RichTextDoc;
}

/**
 * Sets one status on every given segment (through saveSegmentTarget's rules, so each change
 * keeps a revision) and returns the states it replaced, for undo; segments that had the status
 * already are left out of them.
 */
export async function setSegmentStatuses(
  database: WorkbenchDatabase,
  segmentIds: readonly SegmentId[],
  status: SegmentStatus,
): Promise<SegmentState[]> {
  return inOneTransaction(database, segmentIds, async (record) => {
    if (record.status === status) return false;
    await saveSegmentTarget(database, record.id, { target: record.target, status });
    return true;
  });
}

/**
 * Writes new targets as typing them would (a confirmed segment becomes a draft, an emptied one
 * new); a locked segment refuses and nothing at all is written. Returns the replaced states.
 */
export async function replaceSegmentTargets(
  database: WorkbenchDatabase,
  changes: readonly TargetChange[],
): Promise<SegmentState[]> {
  const targets = new Map(changes.map((change) => [change.segmentId, change.target]));
  return inOneTransaction(database, [...targets.keys()], async (record) => {
    const target = targets.get(record.id);
    if (target === undefined) return false;
    const saved = await saveSegmentTarget(database, record.id, { target, event: 'type' });
    return saved.updatedAt !== record.updatedAt;
  });
}

/** Puts segments back as a bulk change found them (its undo); returns the states it replaced (redo). */
export async function restoreSegmentStates(
  database: WorkbenchDatabase,
  states: readonly SegmentState[],
): Promise<SegmentState[]> {
  const byId = new Map(states.map((state) => [state.segmentId, state]));
  return inOneTransaction(database, [...byId.keys()], async (record) => {
    const state = byId.get(record.id);
    if (state === undefined) return false;
    const saved = await saveSegmentTarget(database, record.id, {
      target: state.target,
      status: state.status,
    });
    return saved.updatedAt !== record.updatedAt;
  });
}

async function inOneTransaction(
  database: WorkbenchDatabase,
  segmentIds: readonly SegmentId[],
  change: (record: Segment) => Promise<boolean>,
): Promise<SegmentState[]> {
  const stores = [database.segments, database.revisions, ...memoryStores(database)];
  return database.transaction('rw', stores, async () => {
    const records = await database.segments.bulkGet([...segmentIds]);
    const replaced: SegmentState[] = [];
    for (const [index, record] of records.entries()) {
      if (record === undefined)
        throw new StorageInputError('segmentNotFound', `There is no segment ${segmentIds[index]}.`);
      if (await change(record))
        replaced.push({ segmentId: record.id, target: record.target, status: record.status });
    }
    return replaced;
  });
}
