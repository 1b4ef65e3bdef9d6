import { useLiveQuery } from 'dexie-react-hooks';
import { listDocumentAnnotations } from '../../db/annotationRepository';
import type { Annotation } from '../../domain/annotation/annotation';
import type { DocumentId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

/** A document's annotations (detached ones too), kept live, also as other tabs change them; undefined while loading. */
export function useDocumentAnnotations(
  documentId: DocumentId | undefined,
): Annotation[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    () =>
      documentId === undefined
        ? Promise.resolve([])
        : listDocumentAnnotations(database, documentId),
    [database, documentId],
  );
}
