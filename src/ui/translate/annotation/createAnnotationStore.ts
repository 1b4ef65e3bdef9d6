import type { Annotation } from '../../../domain/annotation/annotation';
import type { SegmentId } from '../../../domain/ids';

/**
 * The document's annotations for the rows, outside React state: a row reads its segment's list
 * with useSyncExternalStore, and that list keeps its identity while its annotations do not
 * change, so a save elsewhere in the document re-renders no other row.
 */
export interface AnnotationStore {
  subscribe(listener: () => void): () => void;
  set(annotations: readonly Annotation[]): void;
  forSegment(segmentId: SegmentId): readonly Annotation[];
}

const NONE: readonly Annotation[] = [];

/** A new, empty annotation store. */
export function createAnnotationStore(): AnnotationStore {
  const listeners = new Set<() => void>();
  let bySegment = new Map<SegmentId, readonly Annotation[]>();
  let keys = new Map<SegmentId, string>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(annotations) {
      const grouped = new Map<SegmentId, Annotation[]>();
      for (const annotation of annotations) {
        const list = grouped.get(annotation.segmentId);
        if (list === undefined) grouped.set(annotation.segmentId, [annotation]);
        else list.push(annotation);
      }
      const nextBySegment = new Map<SegmentId, readonly Annotation[]>();
      const nextKeys = new Map<SegmentId, string>();
      let isChanged = grouped.size !== bySegment.size;
      for (const [segmentId, list] of grouped) {
        list.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
        const key = JSON.stringify(list);
        const previous = bySegment.get(segmentId);
        const isSame = previous !== undefined && keys.get(segmentId) === key;
        nextBySegment.set(segmentId, isSame ? previous : list);
        nextKeys.set(segmentId, key);
        if (!isSame) isChanged = true;
      }
      bySegment = nextBySegment;
      keys = nextKeys;
      if (isChanged) listeners.forEach((listener) => listener());
    },
    forSegment: (segmentId) => bySegment.get(segmentId) ?? NONE,
  };
}
