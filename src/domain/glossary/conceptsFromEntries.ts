import { partOfSpeechFromText } from './partOfSpeechFromText';
import { splitConceptNotes } from './splitConceptNotes';
import type { GlossaryConcept, GlossaryEntry, TermRendering, TermVariant } from './glossaryEntry';

/**
 * Groups flat glossary lines into concepts, one a concept id (TBX) or else a Chinese term, in the
 * order they first appear. A line's status is kept; without one the first rendering is preferred
 * and later different ones admitted. Repeated renderings are kept once. Part of speech, note,
 * domain, definition, variants, source and dates come from the first line that has them; notes
 * are told apart by splitConceptNotes.
 */
export function conceptsFromEntries(entries: readonly GlossaryEntry[]): GlossaryConcept[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const term = entry.source.trim();
    if (term === '') continue;
    const key = entry.conceptId === undefined ? `term\u0000${term}` : `id\u0000${entry.conceptId}`;
    const group = groups.get(key) ?? [];
    group.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((lines) => {
    const [first] = lines;
    if (first === undefined) return [];
    const firstWith = (read: (line: GlossaryEntry) => string | undefined): string =>
      lines
        .map(read)
        .find((value) => value !== undefined && value.trim() !== '')
        ?.trim() ?? '';
    const { entryNote: note, renderingNotes } = splitConceptNotes(lines);
    const renderings: TermRendering[] = [];
    lines.forEach((line, index) => {
      const text = line.target.trim();
      if (text === '' || renderings.some((rendering) => rendering.text === text)) return;
      const status = line.status ?? (renderings.length === 0 ? 'preferred' : 'admitted');
      renderings.push({ text, status, note: renderingNotes[index] ?? '' });
    });
    const term = first.source.trim();
    const variants: TermVariant[] = [];
    for (const line of lines)
      for (const variant of line.sourceVariants ?? []) {
        const text = variant.trim();
        if (text !== '' && text !== term && !variants.some((known) => known.text === text))
          variants.push({ text, kind: 'variant' });
      }
    const firstDate = (read: (line: GlossaryEntry) => number | undefined) =>
      lines.map(read).find((value) => value !== undefined);
    return [
      {
        term,
        variants,
        renderings,
        partOfSpeech: partOfSpeechFromText(firstWith((line) => line.partOfSpeech)),
        definition: firstWith((line) => line.definition),
        note,
        domain: firstWith((line) => line.domain),
        source: firstWith((line) => line.entrySource),
        createdAt: firstDate((line) => line.createdAt),
        changedAt: firstDate((line) => line.changedAt),
      },
    ];
  });
}
