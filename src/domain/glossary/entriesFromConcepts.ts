import type { GlossaryConcept, GlossaryEntry } from './glossaryEntry';

/**
 * The flat lines the aligner uses: for each concept, its term and each variant paired with each
 * rendering that is to be used (preferred or admitted), preferred first.
 */
export function entriesFromConcepts(concepts: readonly GlossaryConcept[]): GlossaryEntry[] {
  return concepts.flatMap((concept) => {
    const usable = [
      ...concept.renderings.filter((rendering) => rendering.status === 'preferred'),
      ...concept.renderings.filter((rendering) => rendering.status === 'admitted'),
    ];
    const forms = [concept.term, ...concept.variants.map((variant) => variant.text)];
    return forms.flatMap((source) =>
      usable.map((rendering) => ({
        source,
        target: rendering.text,
        partOfSpeech: concept.partOfSpeech ?? '',
        note: concept.note,
      })),
    );
  });
}
