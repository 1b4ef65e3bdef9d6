import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { spacedInsertion } from './spacedInsertion';
import { spaceOwedPluginKey } from './spaceOwedPluginKey';

/**
 * A term inserted at the end of a target gets no trailing space (a full stop may follow), so
 * the first text typed right after it is spaced as if it were inserted: "development" then "is"
 * gives "development is", "development" then "." gives "development.". Moving the caret or any
 * other change forgets the owed space.
 */
export const SpaceAfterInsertion = Extension.create({
  name: 'spaceAfterInsertion',
  addProseMirrorPlugins() {
    return [
      new Plugin<number | null>({
        key: spaceOwedPluginKey,
        state: {
          init: () => null,
          apply: (transaction, owedAt) => {
            const meta: unknown = transaction.getMeta(spaceOwedPluginKey);
            if (typeof meta === 'number') return meta;
            if (owedAt === null || transaction.docChanged) return null;
            const { selection } = transaction;
            return selection.empty && selection.from === owedAt ? owedAt : null;
          },
        },
        props: {
          handleTextInput: (view, from, to, text) => {
            if (from !== to || spaceOwedPluginKey.getState(view.state) !== from) return false;
            const before = view.state.doc.textBetween(Math.max(0, from - 2), from, '\n', '\n');
            const spaced = spacedInsertion(before, text, '');
            if (spaced === text) return false;
            view.dispatch(view.state.tr.insertText(spaced, from, to));
            return true;
          },
        },
      }),
    ];
  },
});
