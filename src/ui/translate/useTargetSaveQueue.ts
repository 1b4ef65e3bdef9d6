import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createSaveQueue, type SaveQueue, type SaveQueueState } from '../../db/createSaveQueue';
import { saveSegmentTarget } from '../../db/segmentRepository';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import type { SegmentId } from '../../domain/ids';
import type { SegmentStatus } from '../../domain/model';
import type { RichTextDoc } from '../../domain/richText';

export interface TargetSave {
  readonly target: RichTextDoc;
  readonly status?: SegmentStatus;
}

export interface TargetSaveQueue {
  readonly queue: SaveQueue<SegmentId, TargetSave>;
  readonly state: SaveQueueState;
}

/**
 * Autosave of segment targets: each edit is written within the queue's delay, everything pending
 * is flushed when the page is hidden or left or the view unmounts, and the browser warns before
 * closing a tab with unsaved text.
 */
export function useTargetSaveQueue(database: WorkbenchDatabase): TargetSaveQueue {
  const store = useMemo(() => {
    const listeners = new Set<() => void>();
    let snapshot: SaveQueueState | undefined;
    const queue = createSaveQueue<SegmentId, TargetSave>({
      write: (segmentId, save) => saveSegmentTarget(database, segmentId, save),
      delayMs: 150,
      // The queue reports only real changes, so each report is a new snapshot.
      onStateChange: (state) => {
        snapshot = state;
        listeners.forEach((listener) => listener());
      },
    });
    snapshot ??= queue.state();
    return {
      queue,
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getSnapshot: () => snapshot ?? queue.state(),
    };
  }, [database]);

  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    const { queue } = store;
    const flush = () => void queue.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const warnIfUnsaved = (event: BeforeUnloadEvent) => {
      if (queue.state().status === 'saved') return;
      flush();
      event.preventDefault();
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
