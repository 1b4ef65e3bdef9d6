/** Every row of every store of a database, by store name, each store in primary-key order. */
import type Dexie from 'dexie';

export async function readAllRows(database: Dexie): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of database.tables) rows[table.name] = await table.toArray();
  return rows;
}
