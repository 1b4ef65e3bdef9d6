import { describeStorageError, type StorageErrorKind } from '../../db/describeStorageError';

/** The 'common' key of the message explaining why a write to storage failed. */
export function storageErrorMessageKey(error: unknown): `storageError.${StorageErrorKind}` {
  return `storageError.${describeStorageError(error)}`;
}
