import { domAttributes } from './domAttributes';
import type { EditorAnnotation } from './editorAnnotation';

/** Attributes of an annotated span, shared by the target's marks, the source's decorations and the static rows. */
export function annotationAttributes(
  annotation: Pick<EditorAnnotation, 'id' | 'category' | 'linkedId' | 'isError'>,
): Record<string, string> {
  return {
    class: annotation.isError ? 'annotation annotation--error' : 'annotation annotation--label',
    [domAttributes.annotationId]: annotation.id,
    [domAttributes.annotationCategory]: annotation.category,
    ...(annotation.linkedId === undefined
      ? {}
      : { [domAttributes.annotationLinkedId]: annotation.linkedId }),
  };
}
