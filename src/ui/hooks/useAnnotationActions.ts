import { useMemo } from 'react';
import {
  addAnnotations,
  changeAnnotation,
  deleteAnnotation,
  linkAnnotations,
  reattachAnnotation,
  unlinkAnnotation,
  type AnnotationChanges,
  type NewAnnotation,
} from '../../db/annotationRepository';
import type { Annotation } from '../../domain/annotation/annotation';
import type { AnnotationId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

export type { AnnotationChanges, NewAnnotation } from '../../db/annotationRepository';

export interface AnnotationActions {
  readonly add: (annotations: readonly NewAnnotation[], isLinked: boolean) => Promise<Annotation[]>;
  readonly change: (id: AnnotationId, changes: AnnotationChanges) => Promise<Annotation>;
  readonly remove: (id: AnnotationId) => Promise<void>;
  /** Links a source annotation to a target annotation of the same segment. */
  readonly link: (sourceId: AnnotationId, targetId: AnnotationId) => Promise<void>;
  readonly unlink: (id: AnnotationId) => Promise<void>;
  readonly reattach: (
    id: AnnotationId,
    place: { readonly text: string; readonly start: number; readonly end: number },
  ) => Promise<Annotation>;
}

/** What the UI may do to annotations, each change one transaction. */
export function useAnnotationActions(): AnnotationActions {
  const database = useDatabase();
  return useMemo(
    () => ({
      add: (annotations, isLinked) => addAnnotations(database, annotations, { isLinked }),
      change: (id, changes) => changeAnnotation(database, id, changes),
      remove: (id) => deleteAnnotation(database, id),
      link: (sourceId, targetId) => linkAnnotations(database, sourceId, targetId),
      unlink: (id) => unlinkAnnotation(database, id),
      reattach: (id, place) => reattachAnnotation(database, id, place),
    }),
    [database],
  );
}
