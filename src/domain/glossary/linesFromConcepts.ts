import type { GlossaryConcept, GlossaryEntry, TermStatus } from './glossaryEntry';

const STATUS_ORDER: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];

/**
 * Every rendering of every concept as a line for a glossary file (TSV, CSV, TBX), preferred first
 * then admitted, deprecated, forbidden (a tool that takes the first rendering takes one to use),
 * with its status, its own note, and the concept's fields, its note and source apart from the
 * rendering's, so that conceptsFromEntries reads the concepts back. A concept keeps one TBX id
 * across its lines.
 */
export function linesFromConcepts(
  concepts: readonly (GlossaryConcept & { readonly id?: string })[],
): GlossaryEntry[] {
  return concepts.flatMap((concept) =>
    [...concept.renderings]
      .sort((left, right) => STATUS_ORDER.indexOf(left.status) - STATUS_ORDER.indexOf(right.status))
      .map((rendering) => ({
        source: concept.term,
        target: rendering.text,
        status: rendering.status,
        partOfSpeech: concept.partOfSpeech ?? '',
        note: rendering.note,
        entryNote: concept.note,
        ...(concept.source === '' ? {} : { entrySource: concept.source }),
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
