import { useMemo } from 'react';
import {
  createTermbaseMatcher,
  type TermbaseMatcher,
} from '../../domain/glossary/createTermbaseMatcher';
import type { ProjectId } from '../../domain/ids';
import type { StoredGlossaryEntry } from '../../domain/model';
import { useProjectEntries } from '../hooks/useProjectEntries';

/** One term matcher over the glossaries of a project, rebuilt when they change; undefined while loading or empty. */
export function useTermMatcher(
  projectId: ProjectId,
): TermbaseMatcher<StoredGlossaryEntry> | undefined {
  const entries = useProjectEntries(projectId);
  return useMemo(
    () =>
      entries === undefined || entries.length === 0 ? undefined : createTermbaseMatcher(entries),
    [entries],
  );
}
