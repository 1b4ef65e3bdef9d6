/** A glossary line as exchanged in files: a Chinese term and its English rendering. */
export interface GlossaryEntry {
  readonly source: string;
  readonly target: string;
  readonly partOfSpeech: string;
  readonly note: string;
}
