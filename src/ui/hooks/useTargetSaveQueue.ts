import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createSaveJournal, type JournalStorage } from '../../db/createSaveJournal';
import { createSaveQueue, type SaveQueueState } from '../../db/createSaveQueue';
import { saveSegmentTarget, type TargetSave } from '../../db/segmentRepository';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import type { SegmentId } from '../../domain/ids';
import type { Segment } from '../../domain/model';

export type { TargetSave } from '../../db/segmentRepository';

export interface TargetSaveQueue {
  /** Keeps the save in the journal at once and writes it to IndexedDB as soon as it can. */
  schedule(segmentId: SegmentId, save: TargetSave): void;
  /** Writes everything pending now. */
  flush(): Promise<void>;
  /** The newest save of each segment not stored yet. */
  pendingSaves(): ReadonlyMap<SegmentId, TargetSave>;
}

export interface TargetSaveQueueOptions {
  /** Called with each segment as stored by this tab's saves. */
  readonly onSaved?: (segment: Segment) => void;
}

function readableLocalStorage(): JournalStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Autosave of segment targets. Every edit is journalled synchronously (localStorage) and written
 * to IndexedDB at once, one write a segment at a time, the newest text winning; the journal entry
 * goes when its write commits. Leaving the page by any way keeps the text: what IndexedDB did not
 * get is in the journal, and the next start puts it back. Failed writes keep retrying.
 */
export function useTargetSaveQueue(
  database: WorkbenchDatabase,
  { onSaved }: TargetSaveQueueOptions = {},
): { readonly queue: TargetSaveQueue; readonly state: SaveQueueState } {
  const store = useMemo(() => {
    const listeners = new Set<() => void>();
    const savedListeners = new Set<(segment: Segment) => void>();
    const journal = createSaveJournal(readableLocalStorage(), database.sessionId);
    let isJournalWorking = true;
    let snapshot: SaveQueueState | undefined;
    const queue = createSaveQueue<SegmentId, TargetSave>({
      write: async (segmentId, save) => {
        const saved = await saveSegmentTarget(database, segmentId, save);
        journal.settle(segmentId, save);
        savedListeners.forEach((listener) => listener(saved));
      },
      delayMs: 0,
      // The queue reports only real changes, so each report is a new snapshot.
      onStateChange: (state) => {
        snapshot = state;
        listeners.forEach((listener) => listener());
      },
    });
    snapshot ??= queue.state();
    const targetQueue: TargetSaveQueue = {
      schedule(segmentId, save) {
        isJournalWorking = journal.record(segmentId, save);
        queue.schedule(segmentId, save);
      },
      flush: () => queue.flush(),
      pendingSaves: () => queue.pendingPayloads(),
    };
    return {
      queue: targetQueue,
      rawQueue: queue,
      savedListeners,
      isJournalWorking: () => isJournalWorking,
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getSnapshot: () => snapshot ?? queue.state(),
    };
  }, [database]);

  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    if (onSaved === undefined) return undefined;
    store.savedListeners.add(onSaved);
    return () => {
      store.savedListeners.delete(onSaved);
    };
  }, [store, onSaved]);

  useEffect(() => {
    const { rawQueue } = store;
    const flush = () => void rawQueue.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const warnIfUnsaved = (event: BeforeUnloadEvent) => {
      if (rawQueue.state().status === 'saved') return;
      flush();
      // The journal keeps the text across the reload; without it, ask before leaving.
      if (!store.isJournalWorking()) event.preventDefault();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', warnIfUnsaved);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', warnIfUnsaved);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      // Not disposed: failed writes keep retrying after the view is gone.
      flush();
    };
  }, [store]);

  return { queue: store.queue, state };
}
