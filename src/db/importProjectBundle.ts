/**
 * Stores a project bundle as a project, in one transaction over every store it carries: all of
 * it or, when anything fails, nothing. Rows keep their ids where the database holds no row of the
 * same id (restoring a backup into an empty browser gives the very same project); an id that is
 * taken gets a fresh one, changed everywhere the bundle names it (importing a project's bundle
 * beside the project itself gives a copy, its glossaries copied too).
 */
import type { Table } from 'dexie';
import { BUNDLE_STORES } from '../domain/bundle/bundleStores';
import type { BundleRow, ProjectBundle } from '../domain/bundle/projectBundle';
import { newId, type ProjectId } from '../domain/ids';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export async function importProjectBundle(
  database: WorkbenchDatabase,
  bundle: ProjectBundle,
): Promise<ProjectId> {
  const tables = [database.projects, ...BUNDLE_STORES.map(({ store }) => database.table(store))];
  return database.transaction('rw', tables, async () => {
    const replacements = new Map<string, string>();
    const projectId = String(bundle.project.id);
    if ((await database.projects.get(projectId as ProjectId)) !== undefined)
      replacements.set(projectId, newId());
    for (const spec of BUNDLE_STORES) {
      if (!('idField' in spec)) continue;
      const ids = (bundle.stores[spec.store] ?? []).map((row) => String(row[spec.idField]));
      const taken = await (database.table(spec.store) as Table<BundleRow>).bulkGet(ids);
      taken.forEach((row, index) => {
        const id = ids[index];
        if (row !== undefined && id !== undefined) replacements.set(id, newId());
      });
    }
    const isCopy = replacements.size > 0;
    const project = renameIds(bundle.project, replacements);
    await (database.table('projects') as Table<BundleRow>).add(
      isCopy ? { ...project, isSample: false } : project,
    );
    for (const { store } of BUNDLE_STORES) {
      const rows = (bundle.stores[store] ?? []).map((row) => renameIds(row, replacements));
      const written =
        store === 'glossaries' && isCopy ? rows.map((row) => ({ ...row, isStarter: false })) : rows;
      if (written.length > 0) await (database.table(store) as Table<BundleRow>).bulkAdd(written);
    }
    return (replacements.get(projectId) ?? projectId) as ProjectId;
  });
}

/** A copy of a row with every string that is a replaced id swapped for its new id, at any depth. */
function renameIds<Row>(row: Row, replacements: ReadonlyMap<string, string>): Row {
  if (replacements.size === 0) return row;
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return replacements.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([field, inner]) => [field, rename(inner)]),
      );
    return value;
  };
  return rename(row) as Row;
}
