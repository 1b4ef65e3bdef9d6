import { PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { HighlightTerm } from './highlightTerm';

export interface TermHighlightState {
  readonly terms: readonly HighlightTerm[];
  /** Index, in text order, of the term that is the view's Tab stop. */
  readonly tabStop: number;
  readonly decorations: DecorationSet;
}

/** What a transaction's meta under the key changes: the terms, or which term is the Tab stop. */
export interface TermHighlightChange {
  readonly terms?: readonly HighlightTerm[];
  readonly tabStop?: number;
}

/** Key of the term-highlight plugin; a transaction with a TermHighlightChange meta applies it. */
export const termHighlightPluginKey = new PluginKey<TermHighlightState>('termHighlight');
