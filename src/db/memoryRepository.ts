/**
 * The translation memory (memoryUnits store): pairs from confirmed segments (written by
 * saveSegmentTarget through recordConfirmedSegment) and pairs imported from files.
 */
import { newId } from '../domain/ids';
import type { ProjectId } from '../domain/ids';
import type { MemoryUnit, MemoryUnitId } from '../domain/memory/memoryUnit';
import type { Timestamp } from '../domain/model';
import { ImportCancelledError } from './ImportCancelledError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** Every unit of the memory, in the order they were stored (by id, i.e. arbitrary but stable). */
export async function listMemoryUnits(database: WorkbenchDatabase): Promise<MemoryUnit[]> {
  return database.memoryUnits.toArray();
}

/** The units stored or changed after a time, oldest first: what an index built earlier lacks. */
export async function listMemoryUnitsChangedAfter(
  database: WorkbenchDatabase,
  after: Timestamp,
): Promise<MemoryUnit[]> {
  return database.memoryUnits.where('updatedAt').above(after).toArray();
}

/**
 * How many units were stored or changed after a time (undefined: every unit): cheap to watch in a
 * live query, which then observes the range rather than every key.
 */
export async function countMemoryUnitsChangedAfter(
  database: WorkbenchDatabase,
  after: Timestamp | undefined,
): Promise<number> {
  return after === undefined
    ? database.memoryUnits.count()
    : database.memoryUnits.where('updatedAt').above(after).count();
}

/** The ids of the units stored or changed after a time (before the first: every unit's). */
export async function listMemoryUnitIdsChangedAfter(
  database: WorkbenchDatabase,
  after: Timestamp | undefined,
): Promise<MemoryUnitId[]> {
  return after === undefined
    ? database.memoryUnits.toCollection().primaryKeys()
    : database.memoryUnits.where('updatedAt').above(after).primaryKeys();
}

/** The units of these ids that are still stored, in their order. */
export async function getMemoryUnits(
  database: WorkbenchDatabase,
  ids: readonly MemoryUnitId[],
): Promise<MemoryUnit[]> {
  const units = await database.memoryUnits.bulkGet([...ids]);
  return units.filter((unit) => unit !== undefined);
}

export interface ImportedPair {
  readonly source: string;
  readonly target: string;
}

export interface MemoryImportOptions {
  /** The project the pairs belong to; shared by every project when null (the default). */
  readonly projectId?: ProjectId | null;
  /** Called after each batch with the pairs handled so far. */
  readonly onProgress?: (done: number) => void;
  readonly batchSize?: number;
  /** Aborting it stops the import between two batches: nothing is stored (ImportCancelledError). */
  readonly signal?: AbortSignal;
}

/**
 * Adds imported pairs to the memory in one transaction (all or nothing: a failure or an abort
 * rolls back every batch), skipping blank ones and pairs the memory already holds. A batch is
 * prepared while the one before is being written. Returns how many were added.
 */
export async function importMemoryPairs(
  database: WorkbenchDatabase,
  pairs: readonly ImportedPair[],
  { projectId = null, onProgress, batchSize = 2000, signal }: MemoryImportOptions = {},
): Promise<number> {
  return database.transaction('rw', database.memoryUnits, async () => {
    const now = Date.now();
    let added = 0;
    // One pass over the index gives every stored pair: far cheaper than a lookup a batch.
    const storedKeys = await database.memoryUnits.orderBy('[source+target]').keys();
    const seen = new Set<string>(
      storedKeys.map((key) =>
        Array.isArray(key) ? `${String(key[0])}\u0000${String(key[1])}` : '',
      ),
    );
    let writing: { readonly done: number; readonly written: Promise<unknown> } | undefined;
    for (let start = 0; start < pairs.length; start += batchSize) {
      if (signal?.aborted === true) throw new ImportCancelledError('The import was cancelled.');
      const units: MemoryUnit[] = [];
      for (let index = start; index < Math.min(pairs.length, start + batchSize); index += 1) {
        const pair = pairs[index];
        if (pair === undefined) continue;
        const { source, target } = pair;
        if (source.trim() === '' || target.trim() === '') continue;
        const key = `${source}\u0000${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        units.push({
          id: newId<MemoryUnitId>(),
          source,
          target,
          origin: 'imported',
          projectId,
          segmentId: null,
          createdAt: now,
          updatedAt: now,
        });
      }
      const written = database.memoryUnits.bulkAdd(units);
      // A failure is thrown where the batch is awaited; the transaction aborts with it.
      written.catch(() => undefined);
      added += units.length;
      if (writing !== undefined) {
        await writing.written;
        onProgress?.(writing.done);
      }
      writing = { done: Math.min(pairs.length, start + batchSize), written };
    }
    if (writing !== undefined) {
      await writing.written;
      onProgress?.(writing.done);
    }
    if (signal?.aborted === true) throw new ImportCancelledError('The import was cancelled.');
    return added;
  });
}
