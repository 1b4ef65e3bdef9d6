import { useEffect, useState } from 'react';
import { requestPersistentStorage } from '../../db/requestPersistentStorage';

export type StorageManagerLike = Partial<
  Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>
>;

export interface StorageStatusFigures {
  readonly isPersisted: boolean;
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
}

/**
 * Asks the browser once to keep the workbench's storage (IndexedDB) from eviction, then reports
 * whether it does and how much of the quota is used; undefined until the browser has answered.
 */
export function useStorageStatus(
  storage: StorageManagerLike | undefined,
): StorageStatusFigures | undefined {
  const [status, setStatus] = useState<StorageStatusFigures>();
  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const isPersisted = await requestPersistentStorage(storage);
      const estimate = await storage?.estimate?.().catch(() => undefined);
      if (isCurrent)
        setStatus({ isPersisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota });
    })();
    return () => {
      isCurrent = false;
    };
  }, [storage]);
  return status;
}
