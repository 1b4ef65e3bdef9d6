import { useLiveQuery } from 'dexie-react-hooks';
import { listGlossaryEntries } from '../../db/glossaryRepository';
import type { GlossaryId } from '../../domain/ids';
import type { StoredGlossaryEntry } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

/** The entries of a glossary by term, kept live; undefined while loading or without a glossary. */
export function useGlossaryEntries(
  glossaryId: GlossaryId | undefined,
): StoredGlossaryEntry[] | undefined {
  const database = useDatabase();
  return useLiveQuery(
    async () => (glossaryId === undefined ? [] : listGlossaryEntries(database, glossaryId)),
    [database, glossaryId],
  );
}
