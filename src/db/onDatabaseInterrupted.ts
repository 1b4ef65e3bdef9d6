/**
 * Tells the UI when this tab's database connection ends under it: another tab opened a newer
 * version or deleted the database (Dexie then closes this connection), or the browser closed it.
 * Stores nothing. Dexie 4 reopens the connection on the next query, so saves may go on
 * working, but this tab's code may be older than the schema now stored: the UI should ask the
 * user to reload the tab.
 */
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export type DatabaseInterruption = 'versionChanged' | 'closed';

/** Calls back once per interruption; returns a function that stops listening. */
export function onDatabaseInterrupted(
  database: WorkbenchDatabase,
  callback: (reason: DatabaseInterruption) => void,
): () => void {
  const onVersionChange = (): void => callback('versionChanged');
  const onClose = (): void => callback('closed');
  database.on('versionchange', onVersionChange);
  database.on('close', onClose);
  return () => {
    database.on('versionchange').unsubscribe(onVersionChange);
    database.on('close').unsubscribe(onClose);
  };
}
