/**
 * Reads a whole project into a bundle (see src/domain/bundle): the project row and its rows of
 * every store BUNDLE_STORES lists, in one read transaction so the bundle is one consistent state.
 */
import Dexie, { type Table } from 'dexie';
import { BUNDLE_STORES, type BundleStore } from '../domain/bundle/bundleStores';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleRow,
  type ProjectBundle,
} from '../domain/bundle/projectBundle';
import { CREATION_TOOL } from '../domain/exchange/exchangeWriteOptions';
import type { ProjectId } from '../domain/ids';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/** Bookkeeping of this database that means nothing in another one. */
const LOCAL_FIELDS: Readonly<Record<string, readonly string[]>> = { segments: ['lastSave'] };

export async function exportProjectBundle(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  now: number = Date.now(),
): Promise<ProjectBundle> {
  const tables = [database.projects, ...BUNDLE_STORES.map(({ store }) => database.table(store))];
  return database.transaction('r', tables, async () => {
    const project = await database.projects.get(projectId);
    if (project === undefined)
      throw new StorageInputError('projectNotFound', `There is no project ${projectId}.`);
    const stores: Record<string, BundleRow[]> = {};
    for (const spec of BUNDLE_STORES) {
      const rows = await rowsOf(database.table(spec.store), spec, projectId, stores);
      const local = LOCAL_FIELDS[spec.store] ?? [];
      stores[spec.store] =
        local.length === 0
          ? rows
          : rows.map((row) =>
              Object.fromEntries(Object.entries(row).filter(([field]) => !local.includes(field))),
            );
    }
    return {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: now,
      application: CREATION_TOOL,
      project: { ...project },
      stores,
    };
  });
}

async function rowsOf(
  table: Table<BundleRow>,
  { ownership }: BundleStore,
  projectId: ProjectId,
  stores: Readonly<Record<string, readonly BundleRow[]>>,
): Promise<BundleRow[]> {
  switch (ownership.kind) {
    case 'project':
      return rowsWhere(table, 'projectId', [projectId]);
    case 'parent': {
      const parentTable = table.db.table(ownership.parentStore);
      const parentKey = String(parentTable.schema.primKey.keyPath);
      const keys = (stores[ownership.parentStore] ?? []).map((row) => String(row[parentKey]));
      return rowsWhere(table, ownership.field, keys);
    }
    case 'referenced': {
      const keys = [
        ...new Set((stores[ownership.fromStore] ?? []).map((row) => String(row[ownership.field]))),
      ];
      const found = await table.bulkGet(keys);
      return found.filter((row): row is BundleRow => row !== undefined);
    }
  }
}

/** Rows whose `field` is one of `values`, by the fastest way the store offers. */
async function rowsWhere(
  table: Table<BundleRow>,
  field: string,
  values: readonly string[],
): Promise<BundleRow[]> {
  if (values.length === 0) return [];
  const primaryKey = table.schema.primKey.keyPath;
  if (primaryKey === field) {
    const found = await table.bulkGet([...values]);
    return found.filter((row): row is BundleRow => row !== undefined);
  }
  if (Array.isArray(primaryKey) && primaryKey[0] === field) {
    const rows: BundleRow[] = [];
    for (const value of values)
      rows.push(
        ...(await table
          .where(`[${primaryKey.join('+')}]`)
          .between([value, Dexie.minKey], [value, Dexie.maxKey])
          .toArray()),
      );
    return rows;
  }
  if (table.schema.idxByName[field] !== undefined)
    return table
      .where(field)
      .anyOf([...values])
      .toArray();
  const wanted = new Set(values);
  return table.filter((row) => wanted.has(String(row[field]))).toArray();
}
