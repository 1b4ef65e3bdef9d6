/** Who is still importing: a lock a running import holds, released when its tab or worker dies. */
export interface ImportLocks {
  /** Runs `work` holding the import's lock. */
  hold<T>(importId: string, work: () => Promise<T>): Promise<T>;
  /** Runs `work` holding the lock if nobody holds it and resolves true; else false, without running it. */
  ifFree(importId: string, work: () => Promise<void>): Promise<boolean>;
}

const lockName = (importId: string) => `bitext-workbench:import:${importId}`;

/**
 * Import locks over the Web Locks API (shared by the tabs and workers of the origin). Without
 * it (Node, jsdom) an import runs unlocked and no lock is ever free: nothing is cleaned up
 * that might still be running.
 */
export function createImportLocks(lockManager: LockManager | undefined): ImportLocks {
  return {
    hold: (importId, work) =>
      lockManager === undefined
        ? work()
        : new Promise((resolve, reject) => {
            // The lock is held until the promise the callback returns settles.
            lockManager
              .request(lockName(importId), () => work().then(resolve, reject))
              .catch(reject);
          }),
    ifFree: async (importId, work) => {
      if (lockManager === undefined) return false;
      return lockManager.request(lockName(importId), { ifAvailable: true }, async (lock) => {
        if (lock === null) return false;
        await work();
        return true;
      });
    },
  };
}
