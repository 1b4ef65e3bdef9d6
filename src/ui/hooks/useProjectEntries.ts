import { useLiveQuery } from 'dexie-react-hooks';
import { listProjectEntries } from '../../db/glossaryRepository';
import type { ProjectId } from '../../domain/ids';
import type { StoredGlossaryEntry } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** The entries of every glossary a project uses, kept live; undefined while loading. */
export function useProjectEntries(projectId: ProjectId): StoredGlossaryEntry[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => listProjectEntries(database, projectId), [database, projectId]);
}
