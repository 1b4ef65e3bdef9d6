/**
 * Writes rows into a fake-indexeddb database using a frozen copy of an old schema version,
 * then closes it, so a test can open the same database with the current WorkbenchDatabase.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';

export type FrozenStores = Readonly<Record<string, string | null>>;

export async function writeWithFrozenSchema(
  name: string,
  version: number,
  stores: FrozenStores,
  rows: Readonly<Record<string, readonly object[]>>,
): Promise<void> {
  const database = new Dexie(name, { indexedDB, IDBKeyRange });
  database.version(version).stores({ ...stores });
  await database.open();
  await database.transaction('rw', Object.keys(rows), async () => {
    for (const [table, tableRows] of Object.entries(rows)) {
      await database.table(table).bulkAdd([...tableRows]);
    }
  });
  database.close();
}
