import type { Segment } from '../domain/model';
import { isConfirmedStatus } from '../domain/status/nextSegmentStatus';
import { memoryUnitFromSegment } from './memoryUnitFromSegment';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/**
 * The memory store of a database, in a list to add to a transaction's stores: empty for a
 * database opened with a frozen schema older than version 4 (the upgrade tests write with one).
 */
export function memoryStores(database: WorkbenchDatabase): WorkbenchDatabase['memoryUnits'][] {
  return database.tables.some((table) => table.name === 'memoryUnits')
    ? [database.memoryUnits]
    : [];
}

/**
 * Puts a segment that a save left confirmed (translated, reviewed, approved) into the memory,
 * replacing the unit an earlier confirmation of it gave. Call inside the save's transaction.
 */
export async function recordConfirmedSegment(
  database: WorkbenchDatabase,
  before: Pick<Segment, 'status' | 'targetText'>,
  saved: Segment,
): Promise<void> {
  if (memoryStores(database).length === 0) return;
  if (!isConfirmedStatus(saved.status) || saved.targetText.trim() === '') return;
  if (before.status === saved.status && before.targetText === saved.targetText) return;
  const earlier = await database.memoryUnits.where('segmentId').equals(saved.id).first();
  await database.memoryUnits.put(memoryUnitFromSegment(saved, earlier));
}
