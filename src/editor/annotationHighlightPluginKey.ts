import { PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { EditorAnnotation } from './editorAnnotation';

export interface AnnotationHighlightState {
  readonly annotations: readonly EditorAnnotation[];
  readonly decorations: DecorationSet;
}

/** Key of the source view's annotation decorations; a transaction's meta under it replaces the annotations. */
export const annotationHighlightPluginKey = new PluginKey<AnnotationHighlightState>(
  'annotationHighlight',
);
