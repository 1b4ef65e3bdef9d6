import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments, listSegments } from '../../db/segmentRepository';
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/**
 * Every segment of a project, document after document, kept live (read again after a save):
 * for the glossary's occurrences, the project's term checks and candidates. Undefined while loading.
 */
export function useProjectSegments(projectId: ProjectId | undefined): Segment[] | undefined {
  const database = useDatabase();
  return useLiveQuery(async () => {
    if (projectId === undefined) return [];
    const documents = await listDocuments(database, projectId);
    const lists = await Promise.all(
      documents.map((document) => listSegments(database, document.id)),
    );
    return lists.flat();
  }, [database, projectId]);
}
