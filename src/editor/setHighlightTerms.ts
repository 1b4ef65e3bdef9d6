import type { Editor } from '@tiptap/core';
import type { HighlightTerm } from './highlightTerm';
import { termHighlightPluginKey } from './termHighlightPluginKey';

/** Replaces the terms an editor highlights (after a term was added, say). */
export function setHighlightTerms(editor: Editor, terms: readonly HighlightTerm[]): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(
    editor.state.tr.setMeta(termHighlightPluginKey, terms).setMeta('addToHistory', false),
  );
}
