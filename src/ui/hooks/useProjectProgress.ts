import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments, listSegments } from '../../db/segmentRepository';
import type { ProjectId } from '../../domain/ids';
import type { BitextDocument } from '../../domain/model';
import {
  computeStatusBreakdown,
  type StatusCount,
} from '../../domain/progress/computeStatusBreakdown';
import { useDatabase } from '../DatabaseContext';

export interface DocumentProgress {
  readonly document: BitextDocument;
  readonly breakdown: readonly StatusCount[];
}

/** Segments and Chinese characters per status of each document of a project, kept live; undefined while counting. */
export function useProjectProgress(projectId: ProjectId): DocumentProgress[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    const documents = await listDocuments(database, projectId);
    return Promise.all(
      documents.map(async (document) => ({
        document,
        breakdown: computeStatusBreakdown(await listSegments(database, document.id)),
      })),
    );
  }, [database, projectId]);
}
