import { useLiveQuery } from 'dexie-react-hooks';
import { listQualityScores } from '../../db/annotationRepository';
import type { QualityScoreRecord } from '../../domain/annotation/qualityScoreRecord';
import type { DocumentId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

/** A document's recorded MQM scores, oldest first, kept live; undefined while loading. */
export function useQualityScores(
  documentId: DocumentId | undefined,
): QualityScoreRecord[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    () =>
      documentId === undefined ? Promise.resolve([]) : listQualityScores(database, documentId),
    [database, documentId],
  );
}
