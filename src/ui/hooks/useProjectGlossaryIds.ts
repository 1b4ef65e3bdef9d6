import { useLiveQuery } from 'dexie-react-hooks';
import { listProjectGlossaryIds } from '../../db/glossaryRepository';
import type { GlossaryId, ProjectId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

/** The ids of the glossaries a project uses, in order, kept live; undefined while loading. */
export function useProjectGlossaryIds(projectId: ProjectId | undefined): GlossaryId[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () => (projectId === undefined ? [] : listProjectGlossaryIds(database, projectId)),
    [database, projectId],
  );
}
