import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  listTermDecisions,
  recordTermDecision,
  withdrawTermDecision,
  type TermDecisionKind,
} from '../../db/termDecisionRepository';
import type { ProjectId } from '../../domain/ids';
import type { TermDecision } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

export interface TermDecisions {
  /** The project's decisions, kept live; undefined while loading. */
  readonly decisions: readonly TermDecision[] | undefined;
  readonly record: (kind: TermDecisionKind, key: string) => Promise<void>;
  readonly withdraw: (decision: TermDecision) => Promise<void>;
}

/** A project's dismissed term findings and rejected candidates, and ways to change them. */
export function useTermDecisions(projectId: ProjectId | undefined): TermDecisions {
  const database = useDatabase();
  const decisions = useLiveQuery(
    async () => (projectId === undefined ? [] : listTermDecisions(database, projectId)),
    [database, projectId],
  );
  return useMemo(
    () => ({
      decisions,
      record: async (kind: TermDecisionKind, key: string) => {
        if (projectId !== undefined) await recordTermDecision(database, projectId, kind, key);
      },
      withdraw: (decision: TermDecision) => withdrawTermDecision(database, decision.id),
    }),
    [database, projectId, decisions],
  );
}
