/**
 * Asks the browser to keep this origin's IndexedDB (all workbench data) out of eviction under
 * storage pressure. Stores nothing itself; resolves false where the API is missing or refused.
 */
export async function requestPersistentStorage(
  storage: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined = globalThis.navigator
    ?.storage,
): Promise<boolean> {
  if (storage?.persist === undefined) return false;
  try {
    return (await storage.persisted?.()) === true || (await storage.persist());
  } catch {
    return false;
  }
}
