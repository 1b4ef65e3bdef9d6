/**
 * Autosave in memory: holds the newest unsaved payload of each key until storage has it.
 * Nothing here is stored; the queue calls `write` (a repository function) and keeps every
 * payload that failed, retrying it with backoff until it succeeds or a newer one replaces it.
 *
 * Rule: the first schedule of a key starts a timer of delayMs; later schedules before it fires
 * only replace the payload (so continuous typing still reaches storage every delayMs).
 * One write per key runs at a time; writes of different keys run side by side. A failure of a
 * permanent kind (the row is gone, the database was closed for good) is not retried: the payload
 * stays pending, and the state says why, until the caller takes it (pendingPayloads).
 */
import { describeStorageError, type StorageErrorKind } from './describeStorageError';

export interface SaveQueueState {
  readonly status: 'saved' | 'saving' | 'error';
  readonly pendingCount: number;
  readonly error?: StorageErrorKind;
}

export interface SaveQueueOptions<Key, Payload> {
  readonly write: (key: Key, payload: Payload) => Promise<unknown>;
  readonly delayMs?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly onStateChange?: (state: SaveQueueState) => void;
  /** Failures of these kinds are final: no retry. */
  readonly permanentFailures?: readonly StorageErrorKind[];
}

export interface SaveQueue<Key, Payload> {
  schedule(key: Key, payload: Payload): void;
  /** Writes everything pending now; resolves when each key's attempt has finished. */
  flush(): Promise<void>;
  state(): SaveQueueState;
  /** What is not stored yet, the newest payload of each key. */
  pendingPayloads(): ReadonlyMap<Key, Payload>;
  /** Stops all timers; pending payloads are not written (flush first). */
  dispose(): void;
}

interface PendingPayload<Payload> {
  readonly payload: Payload;
}

/** Creates a per-key autosave queue with debounce, flush and never-give-up retries. */
export function createSaveQueue<Key, Payload>({
  write,
  delayMs = 300,
  retryDelaysMs = [500, 1000, 2000, 5000],
  onStateChange,
  permanentFailures = ['deleted', 'versionChanged', 'locked'],
}: SaveQueueOptions<Key, Payload>): SaveQueue<Key, Payload> {
  const pending = new Map<Key, PendingPayload<Payload>>();
  const timers = new Map<Key, ReturnType<typeof setTimeout>>();
  const writing = new Map<Key, Promise<void>>();
  const rerun = new Set<Key>();
  const failures = new Map<Key, { attempts: number; kind: StorageErrorKind }>();
  let isDisposed = false;
  let lastReported = '';

  function state(): SaveQueueState {
    const failureKinds = [...failures.values()];
    const lastFailure = failureKinds[failureKinds.length - 1];
    if (lastFailure !== undefined) {
      return { status: 'error', pendingCount: pending.size, error: lastFailure.kind };
    }
    const isBusy = pending.size > 0 || writing.size > 0;
    return { status: isBusy ? 'saving' : 'saved', pendingCount: pending.size };
  }

  function report(): void {
    const current = state();
    const serialized = JSON.stringify(current);
    if (serialized === lastReported) return;
    lastReported = serialized;
    onStateChange?.(current);
  }

  function startTimer(key: Key, milliseconds: number): void {
    clearTimer(key);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void run(key);
      }, milliseconds),
    );
  }

  function clearTimer(key: Key): void {
    const timer = timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(key);
  }

  function run(key: Key): Promise<void> {
    const running = writing.get(key);
    if (running !== undefined) {
      rerun.add(key);
      return running;
    }
    clearTimer(key);
    const attempt = writeUntilSettled(key).finally(() => {
      writing.delete(key);
      report();
    });
    writing.set(key, attempt);
    report();
    return attempt;
  }

  async function writeUntilSettled(key: Key): Promise<void> {
    for (;;) {
      rerun.delete(key);
      const entry = pending.get(key);
      if (entry === undefined || isDisposed) return;
      try {
        await write(key, entry.payload);
        if (pending.get(key) === entry) pending.delete(key);
        failures.delete(key);
      } catch (error) {
        const attempts = (failures.get(key)?.attempts ?? 0) + 1;
        const kind = describeStorageError(error);
        failures.delete(key);
        failures.set(key, { attempts, kind });
        const retryDelay = retryDelaysMs[Math.min(attempts, retryDelaysMs.length) - 1] ?? delayMs;
        if (!isDisposed && !permanentFailures.includes(kind)) startTimer(key, retryDelay);
        return;
      }
      if (!rerun.has(key)) return;
    }
  }

  return {
    schedule(key, payload) {
      if (isDisposed) throw new Error('This save queue was disposed; create a new one.');
      pending.set(key, { payload });
      if (!timers.has(key)) startTimer(key, delayMs);
      report();
    },
    async flush() {
      await Promise.all([...pending.keys()].map((key) => run(key)));
    },
    state,
    pendingPayloads() {
      return new Map([...pending].map(([key, entry]) => [key, entry.payload]));
    },
    dispose() {
      isDisposed = true;
      for (const key of [...timers.keys()]) clearTimer(key);
    },
  };
}
