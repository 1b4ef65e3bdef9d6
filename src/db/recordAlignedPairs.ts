import type { ConfirmedPairChanges } from '../domain/alignmentEditing/confirmedPairChanges';
import { newId, type AlignmentId } from '../domain/ids';
import type { MemoryUnit, MemoryUnitId } from '../domain/memory/memoryUnit';
import { memoryStores } from './recordConfirmedSegment';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/**
 * Makes the translation memory follow an alignment's confirmed pairs: a newly confirmed pair is
 * added (shared by every project) unless the memory already holds it; a pair no longer confirmed
 * is removed if this alignment put it there. Call inside the edit's transaction.
 */
export async function recordAlignedPairs(
  database: WorkbenchDatabase,
  alignmentId: AlignmentId,
  { added, removed }: ConfirmedPairChanges,
): Promise<void> {
  if (memoryStores(database).length === 0 || added.length + removed.length === 0) return;
  if (removed.length > 0) {
    const stored = await database.memoryUnits
      .where('[source+target]')
      .anyOf(removed.map(({ source, target }) => [source, target]))
      .toArray();
    await database.memoryUnits.bulkDelete(
      stored
        .filter((unit) => unit.origin === 'aligned' && unit.alignmentId === alignmentId)
        .map((unit) => unit.id),
    );
  }
  if (added.length === 0) return;
  const known = await database.memoryUnits
    .where('[source+target]')
    .anyOf(added.map(({ source, target }) => [source, target]))
    .toArray();
  const knownKeys = new Set(known.map(({ source, target }) => `${source}\u0000${target}`));
  const now = Date.now();
  const units = added
    .filter(({ source, target }) => !knownKeys.has(`${source}\u0000${target}`))
    .map(({ source, target }): MemoryUnit => ({
      id: newId<MemoryUnitId>(),
      source,
      target,
      origin: 'aligned',
      projectId: null,
      segmentId: null,
      alignmentId,
      createdAt: now,
      updatedAt: now,
    }));
  await database.memoryUnits.bulkAdd(units);
}
