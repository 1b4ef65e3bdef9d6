import type { GlossaryConcept, TermStatus, TermVariant } from '../glossaryEntry';

/** A concept for tests: `termConcept('高校', ['universities', 'preferred'], …)`. */
export function termConcept(
  term: string,
  renderings: readonly (readonly [string, TermStatus])[],
  variants: readonly TermVariant[] = [],
): GlossaryConcept {
  return {
    term,
    variants,
    renderings: renderings.map(([text, status]) => ({ text, status, note: '' })),
    partOfSpeech: undefined,
    definition: '',
    note: '',
    domain: '',
    source: '',
    createdAt: undefined,
    changedAt: undefined,
  };
}
