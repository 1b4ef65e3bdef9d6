import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { findBidiControlDecorations } from './findBidiControlDecorations';

/** Shows each bidi control character of the text isolated and named, so none reverses the text. */
export const BidiControlIsolation = Extension.create({
  name: 'bidiControlIsolation',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: new PluginKey('bidiControlIsolation'),
        state: {
          init: (_config, state) => findBidiControlDecorations(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? findBidiControlDecorations(transaction.doc) : previous,
        },
        props: {
          decorations(state) {
            return this.getState(state);
          },
        },
      }),
    ];
  },
});
