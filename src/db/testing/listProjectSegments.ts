/** The segments of a project's first document, for tests; throws when there is no document. */
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { listDocuments, listSegments } from '../segmentRepository';
import type { WorkbenchDatabase } from '../WorkbenchDatabase';

export async function listProjectSegments(
  database: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<Segment[]> {
  const [document] = await listDocuments(database, projectId);
  if (document === undefined) throw new Error(`Project ${projectId} has no document.`);
  return listSegments(database, document.id);
}
