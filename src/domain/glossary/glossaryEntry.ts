import type { Timestamp } from '../model';

/**
 * A glossary line as exchanged in files and as the aligner uses it: a Chinese term and one English
 * rendering. Lines with the same `conceptId` (or, without one, the same `source`) are renderings of
 * one concept; the concept-level fields (domain, definition, variants) are read from its first
 * line. `entriesFromConcepts` flattens concepts into these.
 */
export interface GlossaryEntry {
  readonly source: string;
  readonly target: string;
  readonly partOfSpeech: string;
  /** The rendering's note; also the concept's where a file has one note column (see entryNote). */
  readonly note: string;
  /**
   * The concept's own note, for files that keep it apart from the renderings' notes (our tables'
   * `entry note` column, TBX's concept-level `<note>`); undefined where a file has no such place.
   */
  readonly entryNote?: string;
  /** Where the concept comes from (TBX `<admin type="source">`, our tables' `entry source`). */
  readonly entrySource?: string;
  readonly status?: TermStatus;
  readonly domain?: string;
  readonly definition?: string;
  /** Other Chinese forms of the term: a traditional form, an abbreviation. */
  readonly sourceVariants?: readonly string[];
  /** The concept's identifier in a termbase file (TBX `id`), when it came from one. */
  readonly conceptId?: string;
  readonly createdAt?: Timestamp;
  readonly changedAt?: Timestamp;
}

/** How a rendering may be used: the first two are to be used, the last two to be avoided. */
export const TERM_STATUSES = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** The fixed list of parts of speech (TBX-Basic's picklist plus `phrase`); labels come from the UI. */
export const PARTS_OF_SPEECH = [
  'noun',
  'properNoun',
  'verb',
  'adjective',
  'adverb',
  'phrase',
  'other',
] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export const VARIANT_KINDS = ['traditional', 'abbreviation', 'variant'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

/** Another Chinese form of the term: its traditional characters, an abbreviation, another wording. */
export interface TermVariant {
  readonly text: string;
  readonly kind: VariantKind;
}

/** One English rendering of a concept with its status and an optional usage note. */
export interface TermRendering {
  readonly text: string;
  readonly status: TermStatus;
  readonly note: string;
}

/**
 * A glossary entry as a concept: one Chinese term (with its variants) and its English renderings,
 * each with a status. This is what glossary files are read into and written from; stored entries add
 * their ids (see `StoredGlossaryEntry` in model.ts once storage lands).
 */
export interface GlossaryConcept {
  /** The Chinese term in simplified characters. */
  readonly term: string;
  readonly variants: readonly TermVariant[];
  /** In the order the user keeps them; `rankRenderings` puts preferred ones first for display. */
  readonly renderings: readonly TermRendering[];
  readonly partOfSpeech: PartOfSpeech | undefined;
  readonly definition: string;
  readonly note: string;
  /** Subject field, free text (for example "higher education"). */
  readonly domain: string;
  /** Where the entry comes from (a publication, a standard, a person); not the Chinese term. */
  readonly source: string;
  /** Undefined when a file gave no date. */
  readonly createdAt: Timestamp | undefined;
  readonly changedAt: Timestamp | undefined;
}
