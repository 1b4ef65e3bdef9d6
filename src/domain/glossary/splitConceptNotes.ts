import type { GlossaryEntry } from './glossaryEntry';

export interface ConceptNotes {
  /** The concept's own note. */
  readonly entryNote: string;
  /** Each line's rendering note, in the order of the lines. */
  readonly renderingNotes: readonly string[];
}

/**
 * Tells a concept's note from its renderings' notes in the lines of one concept. Where the file
 * keeps them apart (a line has `entryNote`), each line's note is its rendering's. Where it has one
 * note column, the first note is the concept's, and a line's note stays with its rendering only
 * when it differs from that.
 */
export function splitConceptNotes(lines: readonly GlossaryEntry[]): ConceptNotes {
  const firstOf = (notes: readonly (string | undefined)[]): string =>
    notes.map((note) => note?.trim() ?? '').find((note) => note !== '') ?? '';
  if (lines.some((line) => line.entryNote !== undefined))
    return {
      entryNote: firstOf(lines.map((line) => line.entryNote)),
      renderingNotes: lines.map((line) => line.note.trim()),
    };
  const entryNote = firstOf(lines.map((line) => line.note));
  return {
    entryNote,
    renderingNotes: lines.map((line) => {
      const own = line.note.trim();
      return own === entryNote ? '' : own;
    }),
  };
}
