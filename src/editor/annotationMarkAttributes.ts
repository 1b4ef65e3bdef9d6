import type { EditorAnnotation } from './editorAnnotation';

/** The attributes of an annotation's mark. */
export function annotationMarkAttributes(annotation: EditorAnnotation): Record<string, unknown> {
  return {
    annotationId: annotation.id,
    category: annotation.category,
    linkedId: annotation.linkedId ?? null,
    isError: annotation.isError,
  };
}
