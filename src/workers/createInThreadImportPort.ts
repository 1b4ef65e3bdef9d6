import { createImportLocks } from '../db/createImportLocks';
import { openQuietDatabase } from '../db/openQuietDatabase';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import type { ProjectImportPort } from './createProjectImporter';
import { createProjectImportMessageHandler } from './createProjectImportMessageHandler';

/**
 * The project import worker's handler run in this thread, for where there is no Worker (jsdom
 * tests): answers arrive asynchronously as from a worker, and it writes through `database`
 * (which closing the importer leaves open).
 */
export function createInThreadImportPort(database: WorkbenchDatabase): ProjectImportPort {
  const listeners = new Set<(event: MessageEvent) => void>();
  const handle = createProjectImportMessageHandler({
    post: (data) =>
      setTimeout(() => {
        for (const listener of listeners) listener(new MessageEvent('message', { data }));
      }),
    openDatabases: () => ({
      database,
      quietDatabase: openQuietDatabase(database.name, database._options),
    }),
    locks: createImportLocks(globalThis.navigator?.locks),
    close: (opened) => {
      for (const { quietDatabase } of opened) quietDatabase.close();
    },
  });
  return {
    postMessage: (message) => void Promise.resolve().then(() => handle(message)),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}
