import { useLiveQuery } from 'dexie-react-hooks';
import { listGlossaries } from '../../db/glossaryRepository';
import type { Glossary } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** Every glossary, the starter first, kept live; undefined while loading. */
export function useGlossaries(): Glossary[] | undefined {
  const database = useDatabase();
  return useLiveQuery(() => listGlossaries(database), [database]);
}
