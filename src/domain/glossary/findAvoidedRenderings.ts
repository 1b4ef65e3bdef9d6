import type { TargetRenderingMatch, TermbaseMatcher } from './createTermbaseMatcher';
import type { GlossaryConcept } from './glossaryEntry';

/**
 * The deprecated and forbidden renderings a target uses of the terms its source holds, in
 * target order: what the translate view marks in a target.
 */
export function findAvoidedRenderings<Entry extends GlossaryConcept>(
  matcher: TermbaseMatcher<Entry>,
  source: string,
  target: string,
): TargetRenderingMatch<Entry>[] {
  if (target.trim() === '') return [];
  const entries = [...new Set(matcher.findTerms(source).map((match) => match.entry))];
  return matcher
    .findRenderings(target, entries)
    .filter(
      (match) => match.rendering.status === 'deprecated' || match.rendering.status === 'forbidden',
    );
}
