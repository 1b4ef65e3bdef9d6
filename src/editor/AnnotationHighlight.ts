import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import {
  annotationHighlightPluginKey,
  type AnnotationHighlightState,
} from './annotationHighlightPluginKey';
import type { EditorAnnotation } from './editorAnnotation';
import { findAnnotationDecorations } from './findAnnotationDecorations';

export interface AnnotationHighlightOptions {
  readonly annotations: readonly EditorAnnotation[];
}

/** Shows the read-only source's annotations as decorations; the text never changes, so no mapping. */
export const AnnotationHighlight = Extension.create<AnnotationHighlightOptions>({
  name: 'annotationHighlight',
  addOptions() {
    return { annotations: [] };
  },
  addProseMirrorPlugins() {
    const initial = this.options.annotations;
    return [
      new Plugin<AnnotationHighlightState>({
        key: annotationHighlightPluginKey,
        state: {
          init: (_config, state) => ({
            annotations: initial,
            decorations: findAnnotationDecorations(state.doc, initial),
          }),
          apply: (transaction, previous) => {
            const annotations = transaction.getMeta(annotationHighlightPluginKey) as
              readonly EditorAnnotation[] | undefined;
            if (annotations === undefined && !transaction.docChanged) return previous;
            const next = annotations ?? previous.annotations;
            return {
              annotations: next,
              decorations: findAnnotationDecorations(transaction.doc, next),
            };
          },
        },
        props: {
          decorations: (state) => annotationHighlightPluginKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
