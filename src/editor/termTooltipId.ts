import type { TermId } from '../domain/ids';

/** The id of a term's tooltip while it is shown, which the term's aria-describedby names. */
export function termTooltipId(termId: TermId | string): string {
  return `term-tooltip-${termId}`;
}
