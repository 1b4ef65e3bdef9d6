import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findTermMatches } from '../domain/glossary/findTermMatches';
import type { HighlightTerm } from './highlightTerm';
import { termHighlightAttributes } from './termHighlightAttributes';

const OBJECT_REPLACEMENT = '\uFFFC';

/**
 * Inline decorations over every glossary term found in each text block (longest match first,
 * no overlaps); a term never spans a hard break or a block boundary. The term at index
 * `tabStop` in text order (the last one if there are fewer) is the view's one Tab stop.
 */
export function findTermDecorations(
  doc: ProseMirrorNode,
  terms: readonly HighlightTerm[],
  tabStop = 0,
): DecorationSet {
  if (terms.length === 0) return DecorationSet.empty;
  const byId = new Map(terms.map((term) => [term.id, term]));
  const found: { from: number; to: number; term: HighlightTerm }[] = [];
  doc.descendants((block, blockPosition) => {
    if (!block.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    block.forEach((child, offset) => {
      const childText = child.isText ? (child.text ?? '') : OBJECT_REPLACEMENT;
      for (let index = 0; index < childText.length; index += 1)
        positions.push(blockPosition + 1 + offset + index);
      text += childText;
    });
    for (const match of findTermMatches(text, terms)) {
      const term = byId.get(match.id);
      const from = positions[match.start];
      const last = positions[match.end - 1];
      if (term === undefined || from === undefined || last === undefined) continue;
      found.push({ from, to: last + 1, term });
    }
    return false;
  });
  const stop = Math.min(tabStop, found.length - 1);
  return DecorationSet.create(
    doc,
    found.map(({ from, to, term }, index) =>
      Decoration.inline(from, to, termHighlightAttributes(term, index === stop), {
        termId: term.id,
        isTabStop: index === stop,
      }),
    ),
  );
}
