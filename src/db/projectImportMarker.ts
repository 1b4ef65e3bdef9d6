/**
 * An import in progress is marked in the meta store under `projectImport:<projectId>` from before
 * its first segment row until the transaction that writes its project row, which removes the
 * mark. A mark without a live import (see ImportLocks) is what a closed tab left behind.
 */
import type { DocumentId, ProjectId } from '../domain/ids';
import type { Timestamp } from '../domain/model';

export const PROJECT_IMPORT_MARKER_PREFIX = 'projectImport:';

export interface ProjectImportMarker {
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly startedAt: Timestamp;
}

export const projectImportMarkerKey = (projectId: ProjectId): string =>
  `${PROJECT_IMPORT_MARKER_PREFIX}${projectId}`;
