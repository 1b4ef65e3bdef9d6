/**
 * Sorts a storage failure into the few kinds the UI explains to the user:
 * quota (the disk or the browser's allowance is full), blocked (another tab holds an older
 * version of the database open), versionChanged (another tab upgraded or deleted the database,
 * so this one was closed and must reload), deleted (the row being written is gone: another tab
 * deleted its project), locked (the segment is locked: its text cannot change until someone sets
 * another status), unknown (anything else).
 */
export type StorageErrorKind =
  'quota' | 'blocked' | 'versionChanged' | 'deleted' | 'locked' | 'unknown';

const DELETED_REASONS: readonly string[] = ['segmentNotFound', 'projectNotFound'];

const namesByKind: readonly (readonly [StorageErrorKind, readonly string[]])[] = [
  ['quota', ['QuotaExceededError']],
  ['versionChanged', ['DatabaseClosedError', 'VersionChangeError', 'InvalidStateError']],
  ['blocked', ['BlockedError', 'OpenFailedError']],
];

/** The kind of a storage error, looking through Dexie's wrapped inner errors and causes. */
export function describeStorageError(error: unknown): StorageErrorKind {
  if (isRecord(error) && error['name'] === 'StorageInputError') {
    const reason = error['reason'];
    if (typeof reason === 'string' && DELETED_REASONS.includes(reason)) return 'deleted';
    if (reason === 'segmentLocked') return 'locked';
  }
  const chain = errorChain(error);
  for (const [kind, names] of namesByKind) {
    if (chain.some((link) => names.includes(link.name) && isKind(kind, link))) return kind;
  }
  if (chain.some((link) => /quota/i.test(link.message))) return 'quota';
  if (chain.some((link) => /blocked/i.test(link.message))) return 'blocked';
  return 'unknown';
}

interface ErrorLink {
  readonly name: string;
  readonly message: string;
}

function isKind(kind: StorageErrorKind, link: ErrorLink): boolean {
  return kind !== 'blocked' || link.name === 'BlockedError' || /blocked/i.test(link.message);
}

function errorChain(error: unknown): ErrorLink[] {
  const links: ErrorLink[] = [];
  let current: unknown = error;
  while (isRecord(current) && links.length < 10) {
    const name = typeof current['name'] === 'string' ? current['name'] : '';
    const message = typeof current['message'] === 'string' ? current['message'] : '';
    links.push({ name, message });
    current = current['inner'] ?? current['cause'];
  }
  return links;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
