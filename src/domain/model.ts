import type { PlacedInlineCode } from './exchange/exchangeUnit';
import type { AlignmentWarning } from './alignment/engine/alignmentAssessment';
import type { GlossaryConcept } from './glossary/glossaryEntry';
import type {
  AlignmentId,
  DocumentId,
  GlossaryEntryId,
  GlossaryId,
  ProjectId,
  RevisionId,
  SegmentId,
  TermId,
} from './ids';
import type { RichTextDoc } from './richText';

/** The review workflow new → draft → translated → reviewed → approved, with rejected and locked. */
export const SEGMENT_STATUSES = [
  'new',
  'draft',
  'translated',
  'reviewed',
  'approved',
  'rejected',
  'locked',
] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export type LanguageCode = 'zh' | 'en';

/** Milliseconds since the Unix epoch. */
export type Timestamp = number;

export interface Project {
  readonly id: ProjectId;
  readonly name: string;
  readonly sourceLang: LanguageCode;
  readonly targetLang: LanguageCode;
  readonly isSample: boolean;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
  /** The BCP 47 tags its exchange files are written with (absent: zh-CN and en). */
  readonly languageTags?: { readonly source: string; readonly target: string };
}

/** One source text in a project. Named BitextDocument to stay clear of the DOM's Document. */
export interface BitextDocument {
  readonly id: DocumentId;
  readonly projectId: ProjectId;
  readonly name: string;
  readonly order: number;
  readonly createdAt: Timestamp;
}

export interface Segment {
  readonly id: SegmentId;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  /** Position in the document, 0-based and dense. */
  readonly order: number;
  /** Index of the source paragraph the segment belongs to, 0-based. */
  readonly paragraph: number;
  readonly source: string;
  readonly target: RichTextDoc;
  readonly targetText: string;
  readonly status: SegmentStatus;
  readonly note: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
  /** Inline codes of another tool's file the segment came from (see SegmentInlineCodes). */
  readonly inlineCodes?: SegmentInlineCodes;
}

/**
 * The inline codes (TMX `bpt`/`ept`/`ph`, XLIFF `pc`/`ph`) of an imported unit, which the app does
 * not edit but writes back out: the source's always (a source is never edited), the target's
 * while the target is still the text they were placed in (`targetText`).
 */
export interface SegmentInlineCodes {
  readonly source: readonly PlacedInlineCode[];
  readonly target: readonly PlacedInlineCode[];
  readonly targetText: string;
}

/** A saved state of a segment's target that a later save replaced. */
export interface Revision {
  readonly id: RevisionId;
  readonly segmentId: SegmentId;
  readonly projectId: ProjectId;
  readonly target: RichTextDoc;
  readonly targetText: string;
  readonly status: SegmentStatus;
  readonly savedAt: Timestamp;
}

export interface Term {
  readonly id: TermId;
  readonly projectId: ProjectId;
  readonly source: string;
  readonly target: string;
  readonly partOfSpeech: string;
  readonly note: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

/** What the alignment list shows of an alignment without loading its beads. */
export interface AlignmentSummary {
  readonly beads: number;
  readonly confirmed: number;
  readonly lowConfidence: number;
}

/**
 * A stored alignment of a Chinese text with its English translation. Its beads are its snapshot
 * with its first `position` changes applied; changes after `position` (up to `changeCount`) are
 * what redo brings back.
 */
export interface StoredAlignment {
  readonly id: AlignmentId;
  readonly name: string;
  readonly sourceFileName: string;
  readonly targetFileName: string;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
  readonly position: number;
  readonly changeCount: number;
  readonly summary: AlignmentSummary;
  /** What the engine doubted when it aligned the texts (absent in rows of early versions). */
  readonly warnings?: readonly AlignmentWarning[];
  /** The project "Use as project" made from it, the newest one. */
  readonly projectId?: ProjectId;
}

/** A termbase: a named set of glossary entries that any number of projects use. */
export interface Glossary {
  readonly id: GlossaryId;
  readonly name: string;
  /** The starter glossary seeded from the sample corpus, offered to every new project. */
  readonly isStarter: boolean;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

/** A glossary entry as stored: a concept of one glossary, with its dates always set. */
export interface StoredGlossaryEntry extends GlossaryConcept {
  readonly id: GlossaryEntryId;
  readonly glossaryId: GlossaryId;
  readonly createdAt: Timestamp;
  readonly changedAt: Timestamp;
}

/** That a project uses a glossary; `order` ranks its glossaries (the first gets new terms). */
export interface ProjectGlossary {
  readonly id: string;
  readonly projectId: ProjectId;
  readonly glossaryId: GlossaryId;
  readonly order: number;
}

/** A term finding or a term candidate a user set aside in a project, by its key or its term. */
export interface TermDecision {
  readonly id: string;
  readonly projectId: ProjectId;
  readonly kind: 'dismissedFinding' | 'rejectedCandidate';
  readonly key: string;
  readonly decidedAt: Timestamp;
}
