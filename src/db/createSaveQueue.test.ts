import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue, type SaveQueueState } from './createSaveQueue';

interface Harness {
  readonly written: [string, string][];
  readonly states: SaveQueueState[];
  failuresLeft: number;
  failure: unknown;
}

function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

function createHarness(options: { delayMs?: number; writeMs?: number } = {}) {
  const harness: Harness = { written: [], states: [], failuresLeft: 0, failure: quotaError() };
  const queue = createSaveQueue<string, string>({
    delayMs: options.delayMs,
    write: async (key, payload) => {
      if (options.writeMs !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, options.writeMs));
      }
      if (harness.failuresLeft > 0) {
        harness.failuresLeft -= 1;
        throw harness.failure;
      }
      harness.written.push([key, payload]);
    },
    onStateChange: (state) => harness.states.push(state),
  });
  return { harness, queue };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSaveQueue', () => {
  it('writes the latest payload of each key once, after the delay', async () => {
    const { harness, queue } = createHarness();
    queue.schedule('a', 'a1');
    queue.schedule('a', 'a2');
    queue.schedule('b', 'b1');
    await vi.advanceTimersByTimeAsync(299);
    expect(harness.written).toEqual([]);
    expect(queue.state()).toEqual({ status: 'saving', pendingCount: 2 });
    await vi.advanceTimersByTimeAsync(1);
    expect(harness.written).toEqual([
      ['a', 'a2'],
      ['b', 'b1'],
    ]);
    expect(queue.state()).toEqual({ status: 'saved', pendingCount: 0 });
    expect(harness.states.at(-1)).toEqual({ status: 'saved', pendingCount: 0 });
  });

  it('reaches storage within the delay even while typing never pauses', async () => {
    const { harness, queue } = createHarness();
    for (let keystroke = 0; keystroke < 10; keystroke += 1) {
      queue.schedule('a', `v${keystroke}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(harness.written.map(([, payload]) => payload)).toEqual(['v2', 'v5', 'v8']);
  });

  it('flush writes everything pending now, without waiting for the delay', async () => {
    const { harness, queue } = createHarness();
    queue.schedule('a', 'a1');
    queue.schedule('b', 'b1');
    await queue.flush();
    expect(harness.written).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(harness.written).toHaveLength(2);
    expect(queue.state().status).toBe('saved');
  });

  it('keeps one write of a key at a time and writes a payload scheduled meanwhile after it', async () => {
    const { harness, queue } = createHarness({ writeMs: 1000 });
    queue.schedule('a', 'first');
    await vi.advanceTimersByTimeAsync(300);
    queue.schedule('a', 'second');
    await vi.advanceTimersByTimeAsync(300);
    expect(harness.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(harness.written).toEqual([
      ['a', 'first'],
      ['a', 'second'],
    ]);
    expect(queue.state()).toEqual({ status: 'saved', pendingCount: 0 });
  });

  it('keeps a failed payload, reports the error kind, and retries with backoff until it succeeds', async () => {
    const { harness, queue } = createHarness();
    harness.failuresLeft = 6;
    queue.schedule('a', 'text');
    await vi.advanceTimersByTimeAsync(300);
    expect(queue.state()).toEqual({ status: 'error', pendingCount: 1, error: 'quota' });
    const attemptTimes = [500, 1000, 2000, 5000, 5000];
    for (const wait of attemptTimes) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      const failuresBefore = harness.failuresLeft;
      await vi.advanceTimersByTimeAsync(1);
      expect(harness.failuresLeft).toBe(failuresBefore - 1);
    }
    expect(harness.written).toEqual([]);
    expect(queue.state().status).toBe('error');
    await vi.advanceTimersByTimeAsync(5000);
    expect(harness.written).toEqual([['a', 'text']]);
    expect(queue.state()).toEqual({ status: 'saved', pendingCount: 0 });
    expect(harness.states.map((state) => state.status)).toEqual(['saving', 'error', 'saved']);
  });

  it('does not retry a permanent failure (the row is gone) and keeps the payload for the caller', async () => {
    const { harness, queue } = createHarness();
    harness.failuresLeft = 100;
    harness.failure = Object.assign(new Error('There is no segment a.'), {
      name: 'StorageInputError',
      reason: 'segmentNotFound',
    });
    queue.schedule('a', 'text');
    await vi.advanceTimersByTimeAsync(300);
    expect(queue.state()).toEqual({ status: 'error', pendingCount: 1, error: 'deleted' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(harness.failuresLeft).toBe(99);
    expect([...queue.pendingPayloads()]).toEqual([['a', 'text']]);
  });

  it('does not retry a write to a locked segment either', async () => {
    const { harness, queue } = createHarness();
    harness.failuresLeft = 100;
    harness.failure = Object.assign(new Error('Segment a is locked.'), {
      name: 'StorageInputError',
      reason: 'segmentLocked',
    });
    queue.schedule('a', 'text');
    await vi.advanceTimersByTimeAsync(300);
    expect(queue.state()).toEqual({ status: 'error', pendingCount: 1, error: 'locked' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(harness.failuresLeft).toBe(99);
  });

  it('replaces a failed payload by a newer one scheduled during the retry', async () => {
    const { harness, queue } = createHarness();
    harness.failuresLeft = 1;
    queue.schedule('a', 'old');
    await vi.advanceTimersByTimeAsync(300);
    queue.schedule('a', 'new');
    await vi.advanceTimersByTimeAsync(500);
    expect(harness.written).toEqual([['a', 'new']]);
  });

  it('flush retries a failed payload at once and resolves even when it fails again', async () => {
    const { harness, queue } = createHarness();
    harness.failuresLeft = 2;
    queue.schedule('a', 'text');
    await queue.flush();
    await queue.flush();
    expect(queue.state()).toEqual({ status: 'error', pendingCount: 1, error: 'quota' });
    await queue.flush();
    expect(harness.written).toEqual([['a', 'text']]);
  });

  it('reports an unknown failure as unknown', async () => {
    const { harness, queue } = createHarness();
    harness.failuresLeft = 1;
    harness.failure = new Error('boom');
    queue.schedule('a', 'text');
    await queue.flush();
    expect(queue.state().error).toBe('unknown');
  });

  it('stops its timers when disposed and refuses new payloads', async () => {
    const { harness, queue } = createHarness();
    queue.schedule('a', 'text');
    queue.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(harness.written).toEqual([]);
    expect(() => queue.schedule('a', 'more')).toThrow(/disposed/);
  });
});
