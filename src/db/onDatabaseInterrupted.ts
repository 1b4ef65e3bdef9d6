/**
 * Tells the UI when this tab's database connection ends under it: another tab opened a newer
 * version or deleted the database (Dexie then closes this connection), or the browser closed it.
 * Stores nothing. Dexie 4 would reopen the connection on the next query, but this tab's code is
 * older than the schema now stored and must never write rows of the old shape into it: the
 * connection is closed for good after a version change (every later write fails, the save
 * journal keeps the text) and the UI asks the user to reload the tab.
 */
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export type DatabaseInterruption = 'versionChanged' | 'closed';

/** Calls back once per interruption; returns a function that stops listening. */
export function onDatabaseInterrupted(
  database: WorkbenchDatabase,
  callback: (reason: DatabaseInterruption) => void,
): () => void {
  let isClosing = false;
  const closeForGood = (): void => {
    if (isClosing) return;
    isClosing = true;
    // Closing fires 'close' again: the flag keeps this from going round.
    database.close({ disableAutoOpen: true });
  };
  const onVersionChange = (): void => {
    // After Dexie's own handler, which closes the connection but would let it reopen.
    queueMicrotask(closeForGood);
    callback('versionChanged');
  };
  // A plain close may be Dexie's own (the page entering the back-forward cache), which it reopens.
  const onClose = (): void => {
    if (!isClosing) callback('closed');
  };
  database.on('versionchange', onVersionChange);
  database.on('close', onClose);
  return () => {
    database.on('versionchange').unsubscribe(onVersionChange);
    database.on('close').unsubscribe(onClose);
  };
}
