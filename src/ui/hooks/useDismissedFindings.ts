import { useMemo } from 'react';
import type { ProjectId } from '../../domain/ids';
import { useTermDecisions } from './useTermDecisions';

export interface DismissedFindings {
  /** The keys of the project's dismissed findings, kept live; undefined while loading. */
  readonly keys: ReadonlySet<string> | undefined;
  readonly dismiss: (key: string) => Promise<void>;
}

/**
 * The check findings set aside in a project (its term decisions of kind 'dismissedFinding', the
 * store the term check's dismissals share), and a way to set one aside.
 */
export function useDismissedFindings(projectId: ProjectId): DismissedFindings {
  const { decisions, record } = useTermDecisions(projectId);
  return useMemo(
    () => ({
      keys:
        decisions === undefined
          ? undefined
          : new Set(
              decisions
                .filter((decision) => decision.kind === 'dismissedFinding')
                .map((decision) => decision.key),
            ),
      dismiss: (key: string) => record('dismissedFinding', key),
    }),
    [decisions, record],
  );
}
