import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { findTermDecorations } from './findTermDecorations';
import type { HighlightTerm } from './highlightTerm';
import { termHighlightPluginKey, type TermHighlightState } from './termHighlightPluginKey';

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
            decorations: findTermDecorations(state.doc, initialTerms),
          }),
          apply: (transaction, previous) => {
            const newTerms: unknown = transaction.getMeta(termHighlightPluginKey);
            const terms = Array.isArray(newTerms)
              ? (newTerms as readonly HighlightTerm[])
              : previous.terms;
            if (terms === previous.terms && !transaction.docChanged) return previous;
            return { terms, decorations: findTermDecorations(transaction.doc, terms) };
          },
        },
        props: {
          decorations: (state) => termHighlightPluginKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
