import { useMemo } from 'react';
import type { DocumentId, SegmentId } from '../../domain/ids';
import { useDocumentAnnotations } from './useDocumentAnnotations';

/**
 * The ids of a document's segments that have at least one annotation (on either side, detached
 * ones included: they still need a person), kept live; undefined while loading. For the segment
 * filter's "has annotations".
 */
export function useAnnotatedSegmentIds(
  documentId: DocumentId | undefined,
): ReadonlySet<SegmentId> | undefined {
  const annotations = useDocumentAnnotations(documentId);
  return useMemo(
    () =>
      annotations === undefined
        ? undefined
        : new Set(annotations.map((annotation) => annotation.segmentId)),
    [annotations],
  );
}
