import { findTermMatches } from '../../domain/glossary/findTermMatches';
import type { Term } from '../../domain/model';

/** The terms found in a source sentence, each once, in the order they first appear. */
export function findSegmentTerms(source: string, terms: readonly Term[]): Term[] {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const found = new Map<string, Term>();
  for (const match of findTermMatches(source, terms)) {
    const term = byId.get(match.id);
    if (term !== undefined && !found.has(term.id)) found.set(term.id, term);
  }
  return [...found.values()];
}
