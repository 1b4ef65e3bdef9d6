/**
 * Quality-check findings a reviewer set aside in a project: rows of the termDecisions store
 * (kind 'dismissedFinding', by projectId), keyed by the finding's key (runQaChecks: check,
 * segment id and a stable detail; a term finding keeps checkTerms' key).
 */
import type { ProjectId } from '../domain/ids';
import type { TermDecision } from '../domain/model';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

const KIND = 'dismissedFinding';

/** The keys of the findings dismissed in a project. */
export async function listDismissedFindingKeys(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<Set<string>> {
  const rows = await database.termDecisions.where('projectId').equals(projectId).toArray();
  return new Set(rows.filter((row) => row.kind === KIND).map((row) => row.key));
}

/** Sets a finding aside (storing it again changes nothing). */
export async function dismissFinding(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  key: string,
): Promise<void> {
  const decision: TermDecision = {
    id: `${projectId}|${KIND}|${key}`,
    projectId,
    kind: KIND,
    key,
    decidedAt: Date.now(),
  };
  await database.termDecisions.put(decision);
}

/** Brings a dismissed finding back. */
export async function restoreFinding(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  key: string,
): Promise<void> {
  await database.termDecisions.delete(`${projectId}|${KIND}|${key}`);
}
