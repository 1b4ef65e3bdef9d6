import { describeStorageError, type StorageErrorKind } from '../../db/describeStorageError';
import { StorageInputError } from '../../db/StorageInputError';

export type AddTermProblemKey =
  | 'addTerm.sourceRequired'
  | 'addTerm.targetRequired'
  | `addTerm.failed.${'projectNotFound' | Exclude<StorageErrorKind, 'deleted' | 'locked'>}`;

/** The 'translate' key of the message saying why a term was not added; never the error's own text. */
export function addTermProblemKey(error: unknown): AddTermProblemKey {
  if (!(error instanceof StorageInputError)) {
    const kind = describeStorageError(error);
    if (kind === 'locked') return 'addTerm.failed.unknown';
    return kind === 'deleted' ? 'addTerm.failed.projectNotFound' : `addTerm.failed.${kind}`;
  }
  switch (error.reason) {
    case 'emptyTermSource':
      return 'addTerm.sourceRequired';
    case 'emptyTermTarget':
      return 'addTerm.targetRequired';
    case 'projectNotFound':
      return 'addTerm.failed.projectNotFound';
    default:
      return 'addTerm.failed.unknown';
  }
}
