import { PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { HighlightTerm } from './highlightTerm';

export interface TermHighlightState {
  readonly terms: readonly HighlightTerm[];
  readonly decorations: DecorationSet;
}

/** Key of the term-highlight plugin; a transaction with this meta (the new terms) replaces them. */
export const termHighlightPluginKey = new PluginKey<TermHighlightState>('termHighlight');
