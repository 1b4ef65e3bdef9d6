import { describeStorageError, type StorageErrorKind } from '../../db/describeStorageError';
import { StorageInputError } from '../../db/StorageInputError';

export type GlossaryProblemKey =
  | 'problem.termRequired'
  | 'problem.renderingRequired'
  | 'problem.nameRequired'
  | 'problem.termExists'
  | 'problem.glossaryNotFound'
  | 'problem.projectNotFound'
  | `problem.storage.${Exclude<StorageErrorKind, 'locked'>}`;

/** The 'glossary' key of the message saying why a glossary change was not stored. */
export function glossaryProblemKey(error: unknown): GlossaryProblemKey {
  if (!(error instanceof StorageInputError)) {
    const kind = describeStorageError(error);
    // Glossary writes touch no segment, so a locked one is not theirs to explain.
    return `problem.storage.${kind === 'locked' ? 'unknown' : kind}`;
  }
  switch (error.reason) {
    case 'emptyTermSource':
      return 'problem.termRequired';
    case 'emptyTermTarget':
      return 'problem.renderingRequired';
    case 'emptyName':
      return 'problem.nameRequired';
    case 'termExists':
      return 'problem.termExists';
    case 'glossaryNotFound':
      return 'problem.glossaryNotFound';
    case 'projectNotFound':
      return 'problem.projectNotFound';
    default:
      return 'problem.storage.unknown';
  }
}
