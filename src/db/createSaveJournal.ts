/**
 * The save journal: a synchronous copy, in localStorage, of every target typed but not yet
 * committed to IndexedDB. localStorage is written before the keystroke's handler returns, so a
 * tab that is closed, navigated away, or whose browser quits before the IndexedDB write commits
 * leaves its text here; the next start puts it back (recoverSaveJournal). One key a tab session:
 * 'bitext.saveJournal.<sessionId>' → { [segmentId]: { save, typedAt } }.
 */
import type { SegmentId } from '../domain/ids';
import type { Timestamp } from '../domain/model';
import type { TargetSave } from './segmentRepository';

export const SAVE_JOURNAL_KEY_PREFIX = 'bitext.saveJournal.';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number;
};

export interface JournalEntry {
  readonly save: TargetSave;
  readonly typedAt: Timestamp;
}

export interface SaveJournal {
  /** Keeps the newest unsaved save of a segment; false if storage refused it. */
  record(segmentId: SegmentId, save: TargetSave): boolean;
  /** Forgets a segment's entry once this very save is committed (a newer one stays). */
  settle(segmentId: SegmentId, save: TargetSave): void;
}

/** The journal of one tab session; without storage it records nothing and says so. */
export function createSaveJournal(
  storage: JournalStorage | undefined,
  sessionId: string,
  now: () => Timestamp = Date.now,
): SaveJournal {
  const key = SAVE_JOURNAL_KEY_PREFIX + sessionId;
  const entries = new Map<SegmentId, { readonly save: TargetSave; readonly typedAt: Timestamp }>();

  const write = (): boolean => {
    if (storage === undefined) return false;
    try {
      if (entries.size === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(Object.fromEntries(entries)));
      return true;
    } catch {
      return false;
    }
  };

  return {
    record(segmentId, save) {
      entries.set(segmentId, { save, typedAt: now() });
      return write();
    },
    settle(segmentId, save) {
      if (entries.get(segmentId)?.save !== save) return;
      entries.delete(segmentId);
      write();
    },
  };
}

/** The sessions that have a journal in storage. */
export function listJournalSessionIds(storage: JournalStorage | undefined): string[] {
  const ids: string[] = [];
  try {
    for (let index = 0; index < (storage?.length ?? 0); index += 1) {
      const key = storage?.key(index);
      if (key?.startsWith(SAVE_JOURNAL_KEY_PREFIX) === true) {
        ids.push(key.slice(SAVE_JOURNAL_KEY_PREFIX.length));
      }
    }
  } catch {
    // Unreadable storage holds no journal we could use.
  }
  return ids;
}

/** The journals left by sessions that are not running any more, by session id. */
export function readOrphanJournals(
  storage: JournalStorage | undefined,
  liveSessionIds: ReadonlySet<string>,
): Map<string, Map<SegmentId, JournalEntry>> {
  const journals = new Map<string, Map<SegmentId, JournalEntry>>();
  if (storage === undefined) return journals;
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(SAVE_JOURNAL_KEY_PREFIX)) continue;
      const sessionId = key.slice(SAVE_JOURNAL_KEY_PREFIX.length);
      if (liveSessionIds.has(sessionId)) continue;
      journals.set(sessionId, parseJournal(storage.getItem(key)));
    }
  } catch {
    // Unreadable storage holds no journal we could use.
  }
  return journals;
}

/** Removes a session's journal, or replaces it with the entries still to be kept. */
export function replaceJournal(
  storage: JournalStorage | undefined,
  sessionId: string,
  kept: ReadonlyMap<SegmentId, JournalEntry>,
): void {
  try {
    const key = SAVE_JOURNAL_KEY_PREFIX + sessionId;
    if (kept.size === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Kept as it was: the next start tries again.
  }
}

function parseJournal(text: string | null): Map<SegmentId, JournalEntry> {
  const entries = new Map<SegmentId, JournalEntry>();
  if (text === null) return entries;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return entries;
  }
  if (typeof parsed !== 'object' || parsed === null) return entries;
  for (const [segmentId, value] of Object.entries(parsed)) {
    if (isJournalEntry(value)) entries.set(segmentId as SegmentId, value);
  }
  return entries;
}

function isJournalEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const save = entry['save'];
  return (
    typeof entry['typedAt'] === 'number' &&
    typeof save === 'object' &&
    save !== null &&
    typeof (save as Record<string, unknown>)['target'] === 'object'
  );
}
