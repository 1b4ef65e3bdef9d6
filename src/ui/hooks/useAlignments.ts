import { useLiveQuery } from 'dexie-react-hooks';
import { listAlignments } from '../../db/alignmentRepository';
import type { StoredAlignment } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** Every stored alignment, the newest first, kept live; undefined while loading. */
export function useAlignments(): StoredAlignment[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => listAlignments(database), [database]);
}
