import { useEffect, useMemo } from 'react';
import { saveAnnotationAnchors, type AnnotationAnchors } from '../../db/annotationRepository';
import { createSaveQueue } from '../../db/createSaveQueue';
import type { SegmentId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

export type { AnnotationAnchors } from '../../db/annotationRepository';

/**
 * Writes where the target editor holds each segment's annotations, the newest report a segment
 * winning, retried on failure. What a crash loses here is recovered on reading: each stored
 * annotation is re-anchored against the segment's stored text (anchorAnnotation).
 */
export function useAnnotationAnchorSaver(): (
  segmentId: SegmentId,
  anchors: AnnotationAnchors,
) => void {
  const database = useDatabase();
  const queue = useMemo(
    () =>
      createSaveQueue<SegmentId, AnnotationAnchors>({
        write: (segmentId, anchors) => saveAnnotationAnchors(database, segmentId, anchors),
        delayMs: 0,
      }),
    [database],
  );
  useEffect(() => {
    const flush = () => void queue.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [queue]);
  return useMemo(() => (segmentId, anchors) => queue.schedule(segmentId, anchors), [queue]);
}
