import { useLiveQuery } from 'dexie-react-hooks';
import { getProject } from '../../db/projectRepository';
import type { ProjectId } from '../../domain/ids';
import type { Project } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** One project, kept live; undefined while loading or once it is gone. */
export function useProject(projectId: ProjectId): Project | undefined {
  const database = useDatabase();
  return useLiveQuery(() => getProject(database, projectId), [database, projectId]);
}
