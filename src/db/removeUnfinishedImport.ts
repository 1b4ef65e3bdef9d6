import type { ProjectId } from '../domain/ids';
import { projectImportMarkerKey } from './projectImportMarker';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

const ROWS_A_TRANSACTION = 5000;

/**
 * Removes what an unfinished import of `projectId` stored: its segments, a few thousand a
 * transaction, then its import mark. Never call it for a finished project (it has no mark).
 */
export async function removeUnfinishedImport(
  quietDatabase: WorkbenchDatabase,
  projectId: ProjectId,
): Promise<void> {
  const { segments, documents, meta } = quietDatabase;
  for (;;) {
    const ids = await segments
      .where('projectId')
      .equals(projectId)
      .limit(ROWS_A_TRANSACTION)
      .primaryKeys();
    if (ids.length === 0) break;
    await segments.bulkDelete(ids);
  }
  await quietDatabase.transaction('rw', [documents, meta], async () => {
    await documents.where('projectId').equals(projectId).delete();
    await meta.delete(projectImportMarkerKey(projectId));
  });
}
