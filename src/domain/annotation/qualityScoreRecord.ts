import type { DocumentId, ProjectId, QualityScoreId } from '../ids';
import type { Timestamp } from '../model';
import type { DocumentQuality } from './scoreDocumentQuality';

/** A document's MQM quality as it was when its annotations changed: the score over time. */
export interface QualityScoreRecord extends DocumentQuality {
  readonly id: QualityScoreId;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly recordedAt: Timestamp;
}
