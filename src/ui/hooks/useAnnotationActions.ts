import { useMemo } from 'react';
import {
  addAnnotations,
  changeAnnotation,
  deleteAnnotation,
  reattachAnnotation,
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
      reattach: (id, place) => reattachAnnotation(database, id, place),
    }),
    [database],
  );
}
