import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../domain/model';
import { listProjects } from '../../db/projectRepository';
import { useDatabase } from '../DatabaseContext';

/** All projects, kept live as they are created, renamed or deleted; undefined while loading. */
export function useProjects(): Project[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => listProjects(database), [database]);
}
