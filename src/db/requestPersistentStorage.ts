/**
 * Asks the browser to keep this origin's IndexedDB (all workbench data) out of eviction under
 * storage pressure. Stores nothing itself; resolves false where the API is missing or refused.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<boolean> {
  if (storage === undefined || typeof storage.persist !== 'function') return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
