import { useEffect, useState } from 'react';
import { watchDocumentSegments } from '../../db/watchDocumentSegments';
import type { DocumentId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

export interface DocumentSegments {
  readonly segments: readonly Segment[];
  /** False while only a long document's first rows are read. */
  readonly isComplete: boolean;
}

interface Loaded {
  readonly documentId: DocumentId;
  readonly read?: DocumentSegments;
  readonly error?: unknown;
}

/**
 * The segments of a document in their order, kept up to date row by row as they are saved here
 * or in another tab (a save never re-reads the whole document); a long document comes first in
 * part, then whole; undefined while loading.
 * A failed read is thrown into rendering, for the nearest error boundary.
 */
export function useDocumentSegments(
  documentId: DocumentId | undefined,
): DocumentSegments | undefined {
  const database = useDatabase();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    if (documentId === undefined) return undefined;
    return watchDocumentSegments(
      database,
      documentId,
      (segments, isComplete) => setLoaded({ documentId, read: { segments, isComplete } }),
      (error) => setLoaded({ documentId, error }),
    );
  }, [database, documentId]);
  if (loaded === undefined || loaded.documentId !== documentId) return undefined;
  if (loaded.error !== undefined) throw loaded.error;
  return loaded.read;
}
