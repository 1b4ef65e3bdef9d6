import { createImportLocks } from '../db/createImportLocks';
import { openQuietDatabase } from '../db/openQuietDatabase';
import { openWorkbenchDatabase } from '../db/WorkbenchDatabase';
import { createProjectImportMessageHandler } from './createProjectImportMessageHandler';

// The project import worker: a thin shell around the message handler, with Dexie and Web Locks.
const handle = createProjectImportMessageHandler({
  post: (message) => postMessage(message),
  openDatabases: (name) => ({
    database: openWorkbenchDatabase(name),
    quietDatabase: openQuietDatabase(name),
  }),
  locks: createImportLocks(navigator.locks),
  close: (opened) => {
    for (const { database, quietDatabase } of opened) {
      database.close();
      quietDatabase.close();
    }
    close();
  },
});

addEventListener('message', (event: MessageEvent<unknown>) => {
  void handle(event.data);
});
