import { newId } from '../domain/ids';
import type { MemoryUnit, MemoryUnitId } from '../domain/memory/memoryUnit';
import type { Segment } from '../domain/model';

/** The memory unit a confirmed segment gives, keeping the id and creation time of its earlier unit. */
export function memoryUnitFromSegment(
  segment: Pick<Segment, 'id' | 'projectId' | 'source' | 'targetText' | 'updatedAt'>,
  earlier: MemoryUnit | undefined,
): MemoryUnit {
  return {
    id: earlier?.id ?? newId<MemoryUnitId>(),
    source: segment.source,
    target: segment.targetText,
    origin: 'confirmed',
    projectId: segment.projectId,
    segmentId: segment.id,
    createdAt: earlier?.createdAt ?? segment.updatedAt,
    updatedAt: segment.updatedAt,
  };
}
