import { domAttributes } from './domAttributes';
import type { HighlightTerm } from './highlightTerm';
import { termTooltipId } from './termTooltipId';

/**
 * Attributes of a highlighted term, shared by the editor decorations and the static rows. Only
 * the sentence's Tab stop is in the Tab order; the arrow keys reach the others.
 */
export function termHighlightAttributes(
  term: HighlightTerm,
  isTabStop: boolean,
): Record<string, string> {
  const description = term.note === '' ? term.target : `${term.target} — ${term.note}`;
  return {
    class: 'term-highlight',
    [domAttributes.termId]: term.id,
    [domAttributes.tooltip]: description,
    'aria-description': description,
    'aria-describedby': termTooltipId(term.id),
    tabindex: isTabStop ? '0' : '-1',
  };
}
