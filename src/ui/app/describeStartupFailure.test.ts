import { describe, expect, it } from 'vitest';
import { describeStartupFailure, type StartupFailure } from './describeStartupFailure';

function namedError(name: string, message = '', inner?: Error): Error {
  const error = new Error(message);
  error.name = name;
  return inner === undefined ? error : Object.assign(error, { inner });
}

describe('describeStartupFailure', () => {
  const cases: { name: string; error: unknown; hasIndexedDb: boolean; expected: StartupFailure }[] =
    [
      {
        name: 'no indexedDB global',
        error: new Error('x'),
        hasIndexedDb: false,
        expected: 'unavailable',
      },
      {
        name: "Dexie's MissingAPIError",
        error: namedError('MissingAPIError'),
        hasIndexedDb: true,
        expected: 'unavailable',
      },
      {
        name: 'an InvalidStateError inside OpenFailedError (private mode)',
        error: namedError('OpenFailedError', 'open failed', namedError('InvalidStateError')),
        hasIndexedDb: true,
        expected: 'unavailable',
      },
      {
        name: 'a SecurityError',
        error: namedError('SecurityError'),
        hasIndexedDb: true,
        expected: 'unavailable',
      },
      {
        name: 'a newer database on disk',
        error: namedError('VersionError'),
        hasIndexedDb: true,
        expected: 'versionChanged',
      },
      {
        name: 'a full disk',
        error: namedError('QuotaExceededError'),
        hasIndexedDb: true,
        expected: 'quota',
      },
      {
        name: 'a blocked open',
        error: namedError('BlockedError', 'blocked'),
        hasIndexedDb: true,
        expected: 'blocked',
      },
      {
        name: 'anything else',
        error: new TypeError('boom'),
        hasIndexedDb: true,
        expected: 'unknown',
      },
      { name: 'a thrown string', error: 'boom', hasIndexedDb: true, expected: 'unknown' },
    ];

  it.each(cases)('says $expected for $name', ({ error, hasIndexedDb, expected }) => {
    expect(describeStartupFailure(error, hasIndexedDb)).toBe(expected);
  });
});
