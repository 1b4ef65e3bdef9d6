import { TERM_STATUSES, type TermRendering } from './glossaryEntry';

/** The renderings for display: preferred first, then admitted, deprecated, forbidden; else as kept. */
export function rankRenderings(renderings: readonly TermRendering[]): TermRendering[] {
  return renderings
    .map((rendering, index) => ({ rendering, index }))
    .sort(
      (left, right) =>
        TERM_STATUSES.indexOf(left.rendering.status) -
          TERM_STATUSES.indexOf(right.rendering.status) || left.index - right.index,
    )
    .map(({ rendering }) => rendering);
}
