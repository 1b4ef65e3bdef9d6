import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { addTerm, listTerms, type NewTerm } from '../../db/termRepository';
import type { ProjectId } from '../../domain/ids';
import type { Term } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

export type { NewTerm } from '../../db/termRepository';

export interface ProjectTerms {
  /** The project's glossary, kept live; undefined while loading. */
  readonly terms: readonly Term[] | undefined;
  readonly addTerm: (term: NewTerm) => Promise<Term>;
}

/** A project's glossary terms and a way to add one. */
export function useProjectTerms(projectId: ProjectId): ProjectTerms {
  const database = useDatabase();
  const terms = useLiveQuery(() => listTerms(database, projectId), [database, projectId]);
  const add = useCallback(
    (term: NewTerm) => addTerm(database, projectId, term),
    [database, projectId],
  );
  return { terms, addTerm: add };
}
