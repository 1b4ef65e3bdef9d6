import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue } from './createSaveQueue';

type Step =
  | { kind: 'schedule'; key: string }
  | { kind: 'wait'; milliseconds: number }
  | { kind: 'flush' }
  | { kind: 'storageFails'; isFailing: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('schedule' as const), key: fc.constantFrom('a', 'b', 'c') }),
  fc.record({
    kind: fc.constant('wait' as const),
    milliseconds: fc.integer({ min: 0, max: 3000 }),
  }),
  fc.record({ kind: fc.constant('flush' as const) }),
  fc.record({ kind: fc.constant('storageFails' as const), isFailing: fc.boolean() }),
);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSaveQueue, whatever happens', () => {
  it('stores the last payload of every key and never overwrites a newer one with an older', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 40 }),
        fc.integer({ min: 0, max: 200 }),
        async (steps, writeMs) => {
          let isFailing = false;
          const stored = new Map<string, number>();
          const writes: [string, number][] = [];
          const queue = createSaveQueue<string, number>({
            write: async (key, payload) => {
              await new Promise((resolve) => setTimeout(resolve, writeMs));
              if (isFailing) throw new DOMException('full', 'QuotaExceededError');
              stored.set(key, payload);
              writes.push([key, payload]);
            },
          });
          const lastScheduled = new Map<string, number>();
          let counter = 0;
          for (const current of steps) {
            if (current.kind === 'schedule') {
              counter += 1;
              lastScheduled.set(current.key, counter);
              queue.schedule(current.key, counter);
            } else if (current.kind === 'wait') {
              await vi.advanceTimersByTimeAsync(current.milliseconds);
            } else if (current.kind === 'flush') {
              void queue.flush();
            } else {
              isFailing = current.isFailing;
            }
          }
          isFailing = false;
          await vi.advanceTimersByTimeAsync(10_000);
          expect(stored).toEqual(lastScheduled);
          expect(queue.state()).toEqual({ status: 'saved', pendingCount: 0 });
          for (const key of lastScheduled.keys()) {
            const payloads = writes
              .filter(([written]) => written === key)
              .map(([, payload]) => payload);
            expect(payloads).toEqual([...payloads].sort((left, right) => left - right));
          }
          queue.dispose();
        },
      ),
      { numRuns: 150 },
    );
  });
});
