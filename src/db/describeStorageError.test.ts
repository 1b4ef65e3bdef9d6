import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, type StorageErrorKind } from './describeStorageError';
import { StorageInputError } from './StorageInputError';

function namedError(name: string, message = ''): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('describeStorageError', () => {
  it.each([
    ['a DOMException QuotaExceededError', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    [
      'a Dexie AbortError wrapping a quota error',
      new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')),
      'quota',
    ],
    [
      'an error whose cause is a quota error',
      new Error('save', { cause: namedError('QuotaExceededError') }),
      'quota',
    ],
    ['Dexie.DatabaseClosedError', new Dexie.DatabaseClosedError('closed'), 'versionChanged'],
    ['Dexie.VersionChangeError', new Dexie.VersionChangeError('upgraded'), 'versionChanged'],
    ['an open blocked by another tab', new Dexie.OpenFailedError('Database blocked'), 'blocked'],
    ['a locked segment refused', new StorageInputError('segmentLocked', 'locked'), 'locked'],
    ['a segment gone', new StorageInputError('segmentNotFound', 'gone'), 'deleted'],
    ['a plain Error', new Error('boom'), 'unknown'],
    ['a string', 'quota?', 'unknown'],
    ['undefined', undefined, 'unknown'],
  ] satisfies [string, unknown, StorageErrorKind][])('sorts %s as %s', (_label, error, kind) => {
    expect(describeStorageError(error)).toBe(kind);
  });
});
