import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments } from '../../db/segmentRepository';
import type { ProjectId } from '../../domain/ids';
import type { BitextDocument } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** The documents of a project in their order, kept live; undefined while loading; none without a project. */
export function useDocuments(projectId: ProjectId | undefined): BitextDocument[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () => (projectId === undefined ? [] : listDocuments(database, projectId)),
    [database, projectId],
  );
}
