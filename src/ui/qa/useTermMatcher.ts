import { useMemo } from 'react';
import {
  createTermbaseMatcher,
  type TermbaseMatcher,
} from '../../domain/glossary/createTermbaseMatcher';
import type { ProjectId } from '../../domain/ids';
import type { StoredGlossaryEntry } from '../../domain/model';
import { useProjectGlossaryEntries } from '../hooks/useProjectGlossaryEntries';

/** One term matcher over the glossaries of a project, rebuilt when they change; undefined while loading or empty. */
export function useTermMatcher(
  projectId: ProjectId,
): TermbaseMatcher<StoredGlossaryEntry> | undefined {
  const entries = useProjectGlossaryEntries(projectId);
  return useMemo(
    () =>
      entries === undefined || entries.length === 0 ? undefined : createTermbaseMatcher(entries),
    [entries],
  );
}
