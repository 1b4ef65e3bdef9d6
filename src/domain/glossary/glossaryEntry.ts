import type { Timestamp } from '../model';

/** How a rendering may be used: the team's choice, from preferred down to forbidden. */
export const RENDERING_STATUSES = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const;
export type RenderingStatus = (typeof RENDERING_STATUSES)[number];

/**
 * A glossary line as exchanged in files: a Chinese term and one English rendering. Lines with the
 * same `conceptId` (or, without one, the same `source`) are renderings of one concept; the
 * concept-level fields (domain, definition, variants) are read from its first line.
 */
export interface GlossaryEntry {
  readonly source: string;
  readonly target: string;
  readonly partOfSpeech: string;
  readonly note: string;
  readonly status?: RenderingStatus;
  readonly domain?: string;
  readonly definition?: string;
  /** Other Chinese forms of the term: a traditional form, an abbreviation. */
  readonly sourceVariants?: readonly string[];
  /** The concept's identifier in a termbase file (TBX `id`), when it came from one. */
  readonly conceptId?: string;
  readonly createdAt?: Timestamp;
  readonly changedAt?: Timestamp;
}
