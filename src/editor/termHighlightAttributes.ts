import { domAttributes } from './domAttributes';
import type { HighlightTerm } from './highlightTerm';

/** Attributes of a highlighted term, shared by the editor decorations and the static rows. */
export function termHighlightAttributes(term: HighlightTerm): Record<string, string> {
  const description = term.note === '' ? term.target : `${term.target} — ${term.note}`;
  return {
    class: 'term-highlight',
    [domAttributes.termId]: term.id,
    [domAttributes.tooltip]: description,
    'aria-description': description,
    tabindex: '0',
  };
}
