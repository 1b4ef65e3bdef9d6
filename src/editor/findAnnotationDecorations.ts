import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { annotationAttributes } from './annotationAttributes';
import type { EditorAnnotation } from './editorAnnotation';

/** Inline decorations over each annotation's range of a one-paragraph read-only text (offset n is position n + 1). */
export function findAnnotationDecorations(
  doc: ProseMirrorNode,
  annotations: readonly EditorAnnotation[],
): DecorationSet {
  const size = doc.content.size;
  const decorations = annotations
    .filter(({ start, end }) => start < end && end + 1 <= size - 1)
    .map((annotation) =>
      Decoration.inline(
        annotation.start + 1,
        annotation.end + 1,
        annotationAttributes(annotation),
        {
          annotationId: annotation.id,
        },
      ),
    );
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}
