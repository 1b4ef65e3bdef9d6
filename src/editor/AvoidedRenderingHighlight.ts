import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** A deprecated or forbidden rendering in a target's text: its offsets and what to say about it. */
export interface AvoidedRenderingSpan {
  readonly start: number;
  readonly end: number;
  readonly status: 'deprecated' | 'forbidden';
  readonly description: string;
}

export interface AvoidedRenderingOptions {
  /** The avoided renderings of a text block's text (hard breaks read as line breaks). */
  readonly find: (text: string) => readonly AvoidedRenderingSpan[];
}

const avoidedRenderingPluginKey = new PluginKey<DecorationSet>('avoidedRendering');

/**
 * Marks the text anew with the current finder: for when what it finds changed but the text did
 * not (the glossary loaded after the editor, a rendering's status changed, another UI language).
 */
export function refreshAvoidedRenderings(view: EditorView): void {
  view.dispatch(
    view.state.tr.setMeta(avoidedRenderingPluginKey, true).setMeta('addToHistory', false),
  );
}

/**
 * Marks the deprecated and forbidden renderings the target uses with decorations carrying
 * `data-term-status`, as the static rows do, updated as the translator types.
 */
export const AvoidedRenderingHighlight = Extension.create<AvoidedRenderingOptions>({
  name: 'avoidedRenderingHighlight',
  addOptions() {
    return { find: () => [] };
  },
  addProseMirrorPlugins() {
    const { find } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: avoidedRenderingPluginKey,
        state: {
          init: (_config, state) => decorate(state.doc, find),
          apply: (transaction, previous) =>
            transaction.docChanged || transaction.getMeta(avoidedRenderingPluginKey) === true
              ? decorate(transaction.doc, find)
              : previous,
        },
        props: {
          decorations: (state) => avoidedRenderingPluginKey.getState(state),
        },
      }),
    ];
  },
});

function decorate(doc: ProseMirrorNode, find: AvoidedRenderingOptions['find']): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((block, blockPosition) => {
    if (!block.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    block.forEach((child, offset) => {
      const childText = child.isText ? (child.text ?? '') : '\n';
      for (let index = 0; index < childText.length; index += 1)
        positions.push(blockPosition + 1 + offset + index);
      text += childText;
    });
    for (const span of find(text)) {
      const from = positions[span.start];
      const last = positions[span.end - 1];
      if (from === undefined || last === undefined) continue;
      decorations.push(
        Decoration.inline(from, last + 1, {
          class: `term-avoided term-avoided--${span.status}`,
          'data-term-status': span.status,
          title: span.description,
          'aria-description': span.description,
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}
