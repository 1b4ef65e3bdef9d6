import { useEffect, useRef } from 'react';
import type { DocumentId, SegmentId } from '../../domain/ids';
import type { Segment } from '../../domain/model';

const STORAGE_KEY_PREFIX = 'bitext.lastSegmentId.';

/**
 * Remembers each document's focused segment in localStorage and, when the document opens again
 * (after a reload, or from another project), focuses that segment so the translator goes on there.
 */
export function useRestoredFocus(
  documentId: DocumentId | undefined,
  segments: readonly Segment[] | undefined,
  focusedId: SegmentId | undefined,
  focus: (segmentId: SegmentId) => void,
): void {
  const restoredDocumentRef = useRef<DocumentId | undefined>(undefined);

  useEffect(() => {
    if (documentId === undefined || segments === undefined) return;
    if (restoredDocumentRef.current === documentId) return;
    restoredDocumentRef.current = documentId;
    const storedId = readStoredSegmentId(documentId);
    const segment = segments.find((candidate) => candidate.id === storedId);
    if (segment !== undefined) focus(segment.id);
  }, [documentId, segments, focus]);

  useEffect(() => {
    if (documentId === undefined || focusedId === undefined) return;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY_PREFIX + documentId, focusedId);
    } catch {
      // Without storage the place is kept for this session only.
    }
  }, [documentId, focusedId]);
}

function readStoredSegmentId(documentId: DocumentId): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY_PREFIX + documentId) ?? null;
  } catch {
    return null;
  }
}
