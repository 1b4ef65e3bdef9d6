import type { GlossaryConcept, GlossaryEntry } from './glossaryEntry';

/**
 * Every rendering of every concept as a line for a glossary file (TSV, CSV, TBX), with its
 * status, the concept's fields and the rendering's own note (else the concept's), so that
 * conceptsFromEntries reads the concepts back. A concept keeps one TBX id across its lines.
 */
export function linesFromConcepts(
  concepts: readonly (GlossaryConcept & { readonly id?: string })[],
): GlossaryEntry[] {
  return concepts.flatMap((concept) =>
    concept.renderings.map((rendering) => ({
      source: concept.term,
      target: rendering.text,
      status: rendering.status,
      partOfSpeech: concept.partOfSpeech ?? '',
      note: rendering.note === '' ? concept.note : rendering.note,
      ...(concept.domain === '' ? {} : { domain: concept.domain }),
      ...(concept.definition === '' ? {} : { definition: concept.definition }),
      ...(concept.variants.length === 0
        ? {}
        : { sourceVariants: concept.variants.map((variant) => variant.text) }),
      ...(concept.id === undefined ? {} : { conceptId: concept.id }),
      ...(concept.createdAt === undefined ? {} : { createdAt: concept.createdAt }),
      ...(concept.changedAt === undefined ? {} : { changedAt: concept.changedAt }),
    })),
  );
}
