import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import {
  dismissFinding,
  listDismissedFindingKeys,
  restoreFinding,
} from '../../db/dismissedFindingRepository';
import type { ProjectId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

export interface DismissedFindings {
  /** The keys of the project's dismissed findings, kept live; undefined while loading. */
  readonly keys: ReadonlySet<string> | undefined;
  readonly dismiss: (key: string) => Promise<void>;
  readonly restore: (key: string) => Promise<void>;
}

/** The check findings set aside in a project, and ways to set one aside or bring it back. */
export function useDismissedFindings(projectId: ProjectId): DismissedFindings {
  const database = useDatabase();
  const keys = useLiveQuery(
    () => listDismissedFindingKeys(database, projectId),
    [database, projectId],
  );
  const dismiss = useCallback(
    (key: string) => dismissFinding(database, projectId, key),
    [database, projectId],
  );
  const restore = useCallback(
    (key: string) => restoreFinding(database, projectId, key),
    [database, projectId],
  );
  return { keys, dismiss, restore };
}
