import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments } from '../../db/segmentRepository';
import type { ProjectId } from '../../domain/ids';
import type { BitextDocument } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** The documents of a project in their order, kept live; undefined while loading. */
export function useDocuments(projectId: ProjectId): BitextDocument[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => listDocuments(database, projectId), [database, projectId]);
}
