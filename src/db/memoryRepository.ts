/**
 * The translation memory (memoryUnits store): pairs from confirmed segments (written by
 * saveSegmentTarget through recordConfirmedSegment) and pairs imported from files.
 */
import { newId } from '../domain/ids';
import type { ProjectId } from '../domain/ids';
import type { MemoryUnit, MemoryUnitId } from '../domain/memory/memoryUnit';
import type { Timestamp } from '../domain/model';
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
}

/**
 * Adds imported pairs to the memory in one transaction (all or nothing), skipping blank ones and
 * pairs the memory already holds. Returns how many were added.
 */
export async function importMemoryPairs(
  database: WorkbenchDatabase,
  pairs: readonly ImportedPair[],
  { projectId = null, onProgress, batchSize = 2000 }: MemoryImportOptions = {},
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
    for (let start = 0; start < pairs.length; start += batchSize) {
      const units: MemoryUnit[] = [];
      for (const { source, target } of pairs.slice(start, start + batchSize)) {
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
      await database.memoryUnits.bulkAdd(units);
      added += units.length;
      onProgress?.(Math.min(pairs.length, start + batchSize));
    }
    return added;
  });
}
