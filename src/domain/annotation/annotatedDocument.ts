import type { Segment } from '../model';
import type { Annotation } from './annotation';
import type { AnnotationTypology } from './annotationTypology';

/** What the annotation exports read: one document, its segments in order, their annotations. */
export interface AnnotatedDocument {
  readonly projectName: string;
  readonly documentName: string;
  readonly segments: readonly Pick<
    Segment,
    'id' | 'order' | 'source' | 'targetText' | 'projectId' | 'documentId'
  >[];
  readonly annotations: readonly Annotation[];
  readonly typology: AnnotationTypology;
}
