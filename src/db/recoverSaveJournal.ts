/**
 * Puts back what the save journal (createSaveJournal.ts) kept of tabs that ended before their
 * last typing was committed. A typed text newer than the stored one is saved; one that another
 * save has overtaken is kept as a revision (History), so nothing typed is ever dropped. Entries
 * that cannot be written now (storage full) stay in the journal for the next start.
 */
import { memoryStores } from './recordConfirmedSegment';
import { newId, type RevisionId, type SegmentId } from '../domain/ids';
import type { Revision } from '../domain/model';
import { parseRichText, plainTextFromRichText } from '../domain/richText';
import { nextSegmentStatus } from '../domain/status/nextSegmentStatus';
import {
  readOrphanJournals,
  replaceJournal,
  type JournalEntry,
  type JournalStorage,
} from './createSaveJournal';
import { saveSegmentTarget } from './segmentRepository';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface JournalRecovery {
  /** Texts written back to their segments or kept in their history. */
  readonly recovered: number;
  /** Texts that could not be written now and wait in the journal. */
  readonly waiting: number;
}

/** Recovers the journals of every session not in liveSessionIds. */
export async function recoverSaveJournal(
  database: WorkbenchDatabase,
  storage: JournalStorage | undefined,
  liveSessionIds: ReadonlySet<string>,
): Promise<JournalRecovery> {
  let recovered = 0;
  let waiting = 0;
  for (const [sessionId, entries] of readOrphanJournals(storage, liveSessionIds)) {
    const kept = new Map<SegmentId, JournalEntry>();
    for (const [segmentId, entry] of entries) {
      try {
        if (await recoverEntry(database, sessionId, segmentId, entry)) recovered += 1;
      } catch {
        kept.set(segmentId, entry);
      }
    }
    waiting += kept.size;
    replaceJournal(storage, sessionId, kept);
  }
  return { recovered, waiting };
}

async function recoverEntry(
  database: WorkbenchDatabase,
  sessionId: string,
  segmentId: SegmentId,
  entry: JournalEntry,
): Promise<boolean> {
  const target = parseRichText(entry.save.target);
  const targetText = plainTextFromRichText(target);
  const stores = [database.segments, database.revisions, ...memoryStores(database)];
  return database.transaction('rw', stores, async () => {
    const record = await database.segments.get(segmentId);
    if (record === undefined || record.targetText === targetText) return false;
    // A tab journals each text before it writes it, so when the last save is that tab's own, the
    // journal is newer whatever the clocks say (a write can start after the next keystroke).
    const isOwnLastSave = record.lastSave?.sessionId === sessionId;
    if (isOwnLastSave || record.updatedAt < entry.typedAt) {
      await saveSegmentTarget(database, segmentId, entry.save);
      return true;
    }
    const overtaken: Revision = {
      id: newId<RevisionId>(),
      segmentId,
      projectId: record.projectId,
      target,
      targetText,
      status: nextSegmentStatus(record.status, { kind: 'type', targetText }),
      savedAt: entry.typedAt,
    };
    await database.revisions.add(overtaken);
    return true;
  });
}
