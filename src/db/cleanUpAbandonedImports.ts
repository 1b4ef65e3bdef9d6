import type { ProjectId } from '../domain/ids';
import type { ImportLocks } from './createImportLocks';
import { PROJECT_IMPORT_MARKER_PREFIX } from './projectImportMarker';
import { removeUnfinishedImport } from './removeUnfinishedImport';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/**
 * Removes what imports that no tab is running any more (their tab was closed or crashed) left
 * behind; an import whose lock is held is left alone. Resolves to the number removed.
 */
export async function cleanUpAbandonedImports(
  quietDatabase: WorkbenchDatabase,
  locks: ImportLocks,
): Promise<number> {
  const keys = await quietDatabase.meta
    .where('key')
    .startsWith(PROJECT_IMPORT_MARKER_PREFIX)
    .primaryKeys();
  let removed = 0;
  for (const key of keys) {
    const projectId = key.slice(PROJECT_IMPORT_MARKER_PREFIX.length) as ProjectId;
    await locks.ifFree(projectId, async () => {
      if ((await quietDatabase.meta.get(key)) === undefined) return;
      if ((await quietDatabase.projects.get(projectId)) !== undefined) {
        await quietDatabase.meta.delete(key);
        return;
      }
      await removeUnfinishedImport(quietDatabase, projectId);
      removed += 1;
    });
  }
  return removed;
}
