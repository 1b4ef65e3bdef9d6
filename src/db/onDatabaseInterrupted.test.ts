import { currentSchemaVersion } from './schema';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frozenStoresOfVersion1 } from './frozenSchemas/version1';
import { onDatabaseInterrupted } from './onDatabaseInterrupted';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
beforeEach(async () => {
  database = openTestDatabase();
  await database.open();
});
afterEach(async () => {
  await deleteFromAnotherTab(database.name);
});

async function deleteFromAnotherTab(name: string): Promise<void> {
  await new Dexie(name, { indexedDB, IDBKeyRange }).delete();
}

describe('onDatabaseInterrupted', () => {
  it('reports a newer version opened by another tab, which closes this connection', async () => {
    const callback = vi.fn();
    onDatabaseInterrupted(database, callback);
    const newerTab = new Dexie(database.name, { indexedDB, IDBKeyRange });
    newerTab.version(currentSchemaVersion + 1).stores({ ...frozenStoresOfVersion1 });
    await newerTab.open();
    expect(callback).toHaveBeenCalledWith('versionChanged');
    expect(database.isOpen()).toBe(false);
    newerTab.close();
  });

  it('never writes again after another tab upgraded the database: the old code stops', async () => {
    onDatabaseInterrupted(database, () => undefined);
    const newerTab = new Dexie(database.name, { indexedDB, IDBKeyRange });
    newerTab.version(currentSchemaVersion + 1).stores({ ...frozenStoresOfVersion1 });
    await newerTab.open();
    await expect(database.meta.put({ key: 'late', value: 1 })).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    expect(await newerTab.table('meta').get('late')).toBeUndefined();
    newerTab.close();
  });

  it('reports the database deleted by another tab', async () => {
    const callback = vi.fn();
    onDatabaseInterrupted(database, callback);
    await deleteFromAnotherTab(database.name);
    expect(callback).toHaveBeenCalledWith('versionChanged');
  });

  it('stops reporting once unsubscribed', async () => {
    const callback = vi.fn();
    const stop = onDatabaseInterrupted(database, callback);
    stop();
    await deleteFromAnotherTab(database.name);
    expect(callback).not.toHaveBeenCalled();
  });
});
