import { describe, expect, it } from 'vitest';
import { holdSessionLock, listLiveSessionIds } from './sessionLocks';

function fakeLocks() {
  const held: { name: string }[] = [];
  return {
    request: (name: string) => {
      held.push({ name });
      return new Promise<never>(() => undefined);
    },
    query: () => Promise.resolve({ held, pending: [] }),
  } as unknown as Pick<LockManager, 'request' | 'query'>;
}

describe('session locks', () => {
  it('lists the sessions that hold their lock, and nothing else', async () => {
    const locks = fakeLocks();
    holdSessionLock('tab-1', locks);
    holdSessionLock('tab-2', locks);
    void locks.request('someone-else', () => undefined);
    expect(await listLiveSessionIds(locks)).toEqual(new Set(['tab-1', 'tab-2']));
  });

  it('knows nothing where Web Locks are missing', async () => {
    holdSessionLock('tab-1', undefined);
    expect(await listLiveSessionIds(undefined)).toBeUndefined();
  });
});
