import type { Transaction } from 'dexie';
import type { MemoryUnit } from '../domain/memory/memoryUnit';
import type { Segment } from '../domain/model';
import { isConfirmedStatus } from '../domain/status/nextSegmentStatus';
import { memoryUnitFromSegment } from './memoryUnitFromSegment';

/** Upgrade to version 4: every segment confirmed before the memory existed goes into it. */
export async function fillMemoryFromConfirmedSegments(transaction: Transaction): Promise<void> {
  const units: MemoryUnit[] = [];
  await transaction.table<Segment>('segments').each((segment) => {
    if (isConfirmedStatus(segment.status) && segment.targetText.trim() !== '') {
      units.push(memoryUnitFromSegment(segment, undefined));
    }
  });
  await transaction.table<MemoryUnit>('memoryUnits').bulkAdd(units);
}
