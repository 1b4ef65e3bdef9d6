/**
 * Which tab sessions are running: each holds a Web Lock named after its session id for as long
 * as it lives, so a start-up can tell the save journals of ended sessions from those of open tabs.
 * Stores nothing.
 */
const LOCK_PREFIX = 'bitext-session:';

type Locks = Pick<LockManager, 'request' | 'query'>;

function browserLocks(): Locks | undefined {
  return globalThis.navigator?.locks;
}

/** Holds this session's lock until the page goes away. */
export function holdSessionLock(
  sessionId: string,
  locks: Locks | undefined = browserLocks(),
): void {
  if (locks === undefined) return;
  void locks.request(LOCK_PREFIX + sessionId, () => new Promise<never>(() => undefined));
}

/** The ids of the sessions holding their lock now; undefined where Web Locks are missing. */
export async function listLiveSessionIds(
  locks: Locks | undefined = browserLocks(),
): Promise<ReadonlySet<string> | undefined> {
  if (locks === undefined) return undefined;
  const { held = [], pending = [] } = await locks.query();
  const names = [...held, ...pending].map((lock) => lock.name ?? '');
  return new Set(
    names
      .filter((name) => name.startsWith(LOCK_PREFIX))
      .map((name) => name.slice(LOCK_PREFIX.length)),
  );
}

/**
 * Runs `callback` once the session has ended (its lock is free), holding the lock meanwhile so
 * that no other tab takes the session for a live one while the callback works.
 */
export function whenSessionEnds(
  sessionId: string,
  callback: () => Promise<unknown>,
  locks: Locks | undefined = browserLocks(),
): void {
  if (locks === undefined) return;
  void locks.request(LOCK_PREFIX + sessionId, () => callback()).catch(() => undefined);
}
