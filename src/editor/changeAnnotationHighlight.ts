import type { Editor } from '@tiptap/core';
import { annotationHighlightPluginKey } from './annotationHighlightPluginKey';
import type { EditorAnnotation } from './editorAnnotation';

/** Replaces the annotations the read-only source view shows. */
export function changeAnnotationHighlight(
  editor: Editor,
  annotations: readonly EditorAnnotation[],
): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(
    editor.state.tr
      .setMeta(annotationHighlightPluginKey, annotations)
      .setMeta('addToHistory', false),
  );
}
