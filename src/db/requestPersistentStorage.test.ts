import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './requestPersistentStorage';

const storageManager = (isPersisted: boolean, grants: boolean | Error) => ({
  persisted: vi.fn(async () => isPersisted),
  persist: vi.fn(async () => {
    if (grants instanceof Error) throw grants;
    return grants;
  }),
});

describe('requestPersistentStorage', () => {
  it.each([
    ['already persistent, without asking again', storageManager(true, false), true, 0],
    ['granted', storageManager(false, true), true, 1],
    ['refused', storageManager(false, false), false, 1],
    ['failing', storageManager(false, new Error('no')), false, 1],
  ])('reports storage %s', async (_label, storage, expected, askCount) => {
    expect(await requestPersistentStorage(storage)).toBe(expected);
    expect(storage.persist).toHaveBeenCalledTimes(askCount);
  });

  it('resolves false without the Storage API', async () => {
    expect(await requestPersistentStorage({})).toBe(false);
  });
});
