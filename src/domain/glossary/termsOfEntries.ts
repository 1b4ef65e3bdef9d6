import type { ProjectId, TermId } from '../ids';
import type { StoredGlossaryEntry, Term } from '../model';

/**
 * A project's glossary entries as the flat terms the translate view highlights and inserts: one
 * term a form (the term and each variant), its target the preferred rendering (else an admitted
 * one, else the first), its id the entry's. Entries without a rendering are left out.
 */
export function termsOfEntries(
  entries: readonly StoredGlossaryEntry[],
  projectId: ProjectId,
): Term[] {
  return entries.flatMap((entry) => {
    const rendering =
      entry.renderings.find((candidate) => candidate.status === 'preferred') ??
      entry.renderings.find((candidate) => candidate.status === 'admitted') ??
      entry.renderings[0];
    if (rendering === undefined) return [];
    const id = entry.id as string as TermId;
    return [entry.term, ...entry.variants.map((variant) => variant.text)].map((source) => ({
      id,
      projectId,
      source,
      target: rendering.text,
      partOfSpeech: entry.partOfSpeech ?? '',
      note: entry.note,
      createdAt: entry.createdAt,
      updatedAt: entry.changedAt,
    }));
  });
}
