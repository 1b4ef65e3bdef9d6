import { describeStorageError, type StorageErrorKind } from '../../db/describeStorageError';

export type StartupFailure = 'unavailable' | Exclude<StorageErrorKind, 'deleted' | 'locked'>;

const UNAVAILABLE_ERROR_NAMES = ['MissingAPIError', 'InvalidStateError', 'SecurityError'];

/** Why the database could not be opened at start-up, in the terms the start-up screen explains. */
export function describeStartupFailure(
  error: unknown,
  isIndexedDbPresent: boolean,
): StartupFailure {
  if (!isIndexedDbPresent) return 'unavailable';
  const names = errorNames(error);
  if (names.some((name) => UNAVAILABLE_ERROR_NAMES.includes(name))) return 'unavailable';
  if (names.includes('VersionError')) return 'versionChanged';
  const kind = describeStorageError(error);
  // Start-up writes only the sample project, so a missing row is a storage error like any other.
  return kind === 'deleted' || kind === 'locked' ? 'unknown' : kind;
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && names.length < 10) {
    names.push(current.name);
    current = 'inner' in current && current.inner instanceof Error ? current.inner : current.cause;
  }
  return names;
}
