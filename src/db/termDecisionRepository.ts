/**
 * What a user set aside in a project's terminology (termDecisions store, by projectId): term
 * findings dismissed (by their key) and term candidates rejected (by their term).
 */
import type { ProjectId } from '../domain/ids';
import type { TermDecision } from '../domain/model';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export type TermDecisionKind = TermDecision['kind'];

/** A project's decisions, oldest first. */
export async function listTermDecisions(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<TermDecision[]> {
  const decisions = await database.termDecisions.where('projectId').equals(projectId).toArray();
  return decisions.sort((left, right) => left.decidedAt - right.decidedAt);
}

/** Records a decision; the same one twice is stored once. */
export async function recordTermDecision(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  kind: TermDecisionKind,
  key: string,
): Promise<TermDecision> {
  const decision: TermDecision = {
    id: `${projectId}\u241f${kind}\u241f${key}`,
    projectId,
    kind,
    key,
    decidedAt: Date.now(),
  };
  await database.termDecisions.put(decision);
  return decision;
}

/** Takes a decision back (a finding shown again, a candidate proposed again). */
export async function withdrawTermDecision(
  database: WorkbenchDatabase,
  id: TermDecision['id'],
): Promise<void> {
  await database.termDecisions.delete(id);
}
