import type { Annotation, AnnotationSide } from '../../../domain/annotation/annotation';
import { anchorAnnotation } from '../../../domain/annotation/anchorAnnotation';
import type { AnnotationTypology } from '../../../domain/annotation/annotationTypology';
import type { EditorAnnotation } from '../../../editor/editorAnnotation';

/** The annotations of one side as the editors and the static rows show them: placed in the side's current text. */
export function editorAnnotationsOf(
  annotations: readonly Annotation[],
  side: AnnotationSide,
  text: string,
  typology: AnnotationTypology,
): EditorAnnotation[] {
  const neutral = new Set(
    typology.categories.filter(({ kind }) => kind === 'neutral').map(({ id }) => id),
  );
  const shown: EditorAnnotation[] = [];
  for (const annotation of annotations) {
    if (annotation.side !== side) continue;
    const range = anchorAnnotation(annotation, text);
    if (range === undefined) continue;
    shown.push({
      id: annotation.id,
      category: annotation.category,
      ...range,
      isError: annotation.severity !== undefined && !neutral.has(annotation.category),
      ...(annotation.linkedId === undefined ? {} : { linkedId: annotation.linkedId }),
    });
  }
  return shown;
}
