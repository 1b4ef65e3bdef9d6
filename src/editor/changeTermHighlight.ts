import type { Editor } from '@tiptap/core';
import { termHighlightPluginKey, type TermHighlightChange } from './termHighlightPluginKey';

/** Replaces the terms an editor highlights (after a term was added, say), or its Tab stop term. */
export function changeTermHighlight(editor: Editor, change: TermHighlightChange): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(
    editor.state.tr.setMeta(termHighlightPluginKey, change).setMeta('addToHistory', false),
  );
}
