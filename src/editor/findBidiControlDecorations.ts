import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findBidiControls } from '../domain/text/findBidiControls';
import { bidiControlAttributes } from './bidiControlAttributes';

/** An inline decoration around every bidirectional control character, isolating and naming it. */
export function findBidiControlDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!node.isText) return true;
    for (const control of findBidiControls(node.text ?? '')) {
      const from = position + control.index;
      decorations.push(Decoration.inline(from, from + 1, bidiControlAttributes(control.name)));
    }
    return false;
  });
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}
