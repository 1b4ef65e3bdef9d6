/** Brings in the new version: activates the waiting service worker, then reloads this tab. */
export type ApplyUpdate = () => void;

/** Where the service worker registration offers a new version and the update banner reads it. */
export interface UpdateStore {
  readonly subscribe: (listener: () => void) => () => void;
  /** The way to apply the waiting version, or undefined while none is waiting. */
  readonly getSnapshot: () => ApplyUpdate | undefined;
  readonly offer: (applyUpdate: ApplyUpdate) => void;
}

/** An empty update store, read with `useSyncExternalStore`. */
export function createUpdateStore(): UpdateStore {
  const listeners = new Set<() => void>();
  let offered: ApplyUpdate | undefined;
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => offered,
    offer: (applyUpdate) => {
      offered = applyUpdate;
      for (const listener of listeners) listener();
    },
  };
}
