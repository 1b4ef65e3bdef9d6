import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { findTermDecorations } from './findTermDecorations';
import type { HighlightTerm } from './highlightTerm';
import {
  termHighlightPluginKey,
  type TermHighlightChange,
  type TermHighlightState,
} from './termHighlightPluginKey';

export interface TermHighlightOptions {
  readonly terms: readonly HighlightTerm[];
}

/** Highlights glossary terms with decorations, so the document itself never changes. */
export const TermHighlight = Extension.create<TermHighlightOptions>({
  name: 'termHighlight',
  addOptions() {
    return { terms: [] };
  },
  addProseMirrorPlugins() {
    const initialTerms = this.options.terms;
    return [
      new Plugin<TermHighlightState>({
        key: termHighlightPluginKey,
        state: {
          init: (_config, state) => ({
            terms: initialTerms,
            tabStop: 0,
            decorations: findTermDecorations(state.doc, initialTerms, 0),
          }),
          apply: (transaction, previous) => {
            const change = transaction.getMeta(termHighlightPluginKey) as
              TermHighlightChange | undefined;
            const terms = change?.terms ?? previous.terms;
            const tabStop = change?.tabStop ?? previous.tabStop;
            const isUnchanged =
              terms === previous.terms && tabStop === previous.tabStop && !transaction.docChanged;
            if (isUnchanged) return previous;
            return {
              terms,
              tabStop,
              decorations: findTermDecorations(transaction.doc, terms, tabStop),
            };
          },
        },
        props: {
          decorations: (state) => termHighlightPluginKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
