/** Refusals of repository functions (stores nothing): bad input or a row that is not there. */
/** Why a repository refused a request; the UI maps each reason to a translated message. */
export type StorageInputReason =
  | 'emptyText'
  | 'emptyName'
  | 'emptyTermSource'
  | 'emptyTermTarget'
  | 'projectNotFound'
  | 'segmentNotFound'
  | 'segmentLocked'
  | 'revisionNotFound'
  | 'alignmentNotFound'
  | 'alignmentChanged'
  | 'glossaryNotFound'
  | 'termExists'
  | 'annotationNotFound'
  | 'badAnnotationRange'
  | 'badAnnotationLink'
  | 'emptyComment';

/** A request that storage refused before writing anything. */
export class StorageInputError extends Error {
  override readonly name = 'StorageInputError';

  constructor(
    readonly reason: StorageInputReason,
    message: string,
  ) {
    super(message);
  }
}
