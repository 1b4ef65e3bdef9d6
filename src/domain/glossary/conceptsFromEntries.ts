import { partOfSpeechFromText } from './partOfSpeechFromText';
import type { GlossaryConcept, GlossaryEntry, TermRendering } from './glossaryEntry';

/**
 * Groups flat glossary lines into concepts, one a Chinese term, in the order terms first appear:
 * the first rendering of a term is preferred, later different ones admitted; repeated renderings
 * are kept once. Part of speech and note come from the first line that has them.
 */
export function conceptsFromEntries(entries: readonly GlossaryEntry[]): GlossaryConcept[] {
  const byTerm = new Map<string, { lines: GlossaryEntry[] }>();
  for (const entry of entries) {
    const term = entry.source.trim();
    if (term === '') continue;
    const group = byTerm.get(term) ?? { lines: [] };
    group.lines.push(entry);
    byTerm.set(term, group);
  }
  return [...byTerm].map(([term, { lines }]) => {
    const renderings: TermRendering[] = [];
    for (const line of lines) {
      const text = line.target.trim();
      if (text === '' || renderings.some((rendering) => rendering.text === text)) continue;
      const status = renderings.length === 0 ? 'preferred' : 'admitted';
      renderings.push({ text, status, note: '' });
    }
    const firstWith = (read: (line: GlossaryEntry) => string): string =>
      lines.map(read).find((value) => value.trim() !== '') ?? '';
    return {
      term,
      variants: [],
      renderings,
      partOfSpeech: partOfSpeechFromText(firstWith((line) => line.partOfSpeech)),
      definition: '',
      note: firstWith((line) => line.note).trim(),
      domain: '',
      source: '',
      createdAt: undefined,
      changedAt: undefined,
    };
  });
}
