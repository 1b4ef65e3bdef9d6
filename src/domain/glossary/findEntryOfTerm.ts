import { foldChineseText } from './foldChineseText';
import type { GlossaryConcept } from './glossaryEntry';

/** A concept's Chinese forms: its term and its variants. */
function formsOf(concept: Pick<GlossaryConcept, 'term' | 'variants'>): string[] {
  return [concept.term, ...concept.variants.map((variant) => variant.text)];
}

/**
 * The entry whose term or one of whose variants is one of the concept's forms (its term and
 * variants), folded (traditional/simplified, full/half width, spaces), other than `except`: the
 * entry a new term belongs to, or the one an edited entry would duplicate. Undefined when none.
 */
export function findEntryOfTerm<Entry extends Pick<GlossaryConcept, 'term' | 'variants'>>(
  entries: readonly Entry[],
  concept: Pick<GlossaryConcept, 'term' | 'variants'>,
  except?: Entry,
): Entry | undefined {
  const wanted = new Set(
    formsOf(concept)
      .map((form) => foldChineseText(form.trim()))
      .filter((form) => form !== ''),
  );
  return entries.find(
    (entry) =>
      entry !== except && formsOf(entry).some((form) => wanted.has(foldChineseText(form.trim()))),
  );
}
