import type { AnnotationId, DocumentId, ProjectId, SegmentId } from '../ids';
import type { Timestamp } from '../model';

/** Which text of a segment an annotation marks: the read-only Chinese source or the English target. */
export type AnnotationSide = 'source' | 'target';

export const ANNOTATION_SEVERITIES = ['minor', 'major', 'critical'] as const;
/** How bad an error is (MQM); neutral labels (term, named entity, comment) have none. */
export type AnnotationSeverity = (typeof ANNOTATION_SEVERITIES)[number];

/** A half-open range [start, end) of UTF-16 offsets into a segment's plain source or target text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A labelled span of one side of a segment. `start`/`end` are offsets into `anchoredText`, the
 * whole text of that side when the offsets were last written, and `quote` is the span's text
 * then: a segment whose text changed since (another tab, a restore, a replace) is re-anchored
 * from them (anchorAnnotation). `detachedAt` is set while all of its text is deleted: it is kept,
 * with its quote, until undo brings the text back or a person discards it.
 */
export interface Annotation extends TextRange {
  readonly id: AnnotationId;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly segmentId: SegmentId;
  readonly side: AnnotationSide;
  readonly quote: string;
  readonly anchoredText: string;
  /** The id of a category of the typology in use. */
  readonly category: string;
  /** Set for error categories only. */
  readonly severity?: AnnotationSeverity;
  readonly comment: string;
  readonly author: string;
  /** The annotation on the other side that this one is linked to (a term and its rendering). */
  readonly linkedId?: AnnotationId;
  readonly detachedAt?: Timestamp;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}
