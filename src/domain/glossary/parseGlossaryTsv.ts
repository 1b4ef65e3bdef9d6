import type { GlossaryEntry } from './glossaryEntry';

const SOURCE_HEADERS = ['zh', 'chinese', 'source', 'term', 'chinese term'];
const TARGET_HEADERS = ['en', 'english', 'target', 'rendering', 'english rendering'];
const POS_HEADERS = ['pos', 'part of speech', 'partofspeech'];
const NOTE_HEADERS = ['note', 'notes', 'comment'];

export class GlossaryFormatError extends Error {
  override readonly name = 'GlossaryFormatError';
}

/**
 * Reads a tab-separated glossary whose first line is a header naming the columns
 * (Chinese term, English rendering, part of speech, note). Blank lines are skipped;
 * a line without a term or a rendering is an error that names its line number.
 */
export function parseGlossaryTsv(text: string): GlossaryEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((cell) => cell.trim().toLowerCase());
  const sourceColumn = header.findIndex((name) => SOURCE_HEADERS.includes(name));
  const targetColumn = header.findIndex((name) => TARGET_HEADERS.includes(name));
  if (sourceColumn < 0 || targetColumn < 0) {
    throw new GlossaryFormatError(
      'The first line must be a header naming a Chinese column (zh) and an English column (en), separated by tabs.',
    );
  }
  const posColumn = header.findIndex((name) => POS_HEADERS.includes(name));
  const noteColumn = header.findIndex((name) => NOTE_HEADERS.includes(name));
  const entries: GlossaryEntry[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split('\t');
    const cell = (column: number): string => (column < 0 ? '' : (cells[column] ?? '').trim());
    const source = cell(sourceColumn);
    const target = cell(targetColumn);
    if (source === '' || target === '') {
      throw new GlossaryFormatError(
        `Line ${index + 2} needs both a Chinese term and an English rendering.`,
      );
    }
    entries.push({ source, target, partOfSpeech: cell(posColumn), note: cell(noteColumn) });
  });
  return entries;
}
