import type { AnnotationSeverity, AnnotationSide } from '../annotation/annotation';
import type { SegmentStatus, Timestamp } from '../model';

/** The XML formats whose inline elements a code can be written back into exactly. */
export type InlineCodeFormat = 'tmx' | 'xliff12' | 'xliff2';

/**
 * An inline code of another tool's format that we do not edit (a bold start, a placeholder for a
 * field): kept so that it is written back out. `id` pairs an open with its close within a unit.
 */
export interface InlineCode {
  readonly kind: 'open' | 'close' | 'placeholder';
  readonly id: string;
  /** The native code it stands for, as text (`<b>`, `{1}`); '' when the file gave none. */
  readonly code: string;
  /** The element exactly as read (for a paired element, its start or its end tag). */
  readonly native?: { readonly format: InlineCodeFormat; readonly xml: string };
}

/** An inline code at a UTF-16 offset of the plain text (never inside a surrogate pair). */
export interface PlacedInlineCode {
  readonly offset: number;
  readonly code: InlineCode;
}

/** A property another tool stored on a unit (TMX `<prop type="x-…">`), kept and written back. */
export interface ExchangeProperty {
  readonly type: string;
  readonly value: string;
}

/**
 * A labelled span of a unit's source or target (XLIFF 2.0 `<mrk>` or `<sm>`/`<em>` with a note):
 * UTF-16 offsets [start, end) into that side's plain text.
 */
export interface ExchangeAnnotation {
  readonly side: AnnotationSide;
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly severity?: AnnotationSeverity;
  readonly comment: string;
  readonly author: string;
  readonly createdAt?: Timestamp;
  /** The position in the unit's `annotations` of the one it is linked to. */
  readonly linkedIndex?: number;
}

/**
 * One translation unit as every exchange format sees it. `target` is '' for an untranslated
 * unit. Source and target are plain text; inline codes sit beside them, at offsets.
 */
export interface ExchangeUnit {
  readonly id?: string;
  /** The document (XLIFF `<file>`) the unit belongs to, when there are several. */
  readonly file?: string;
  readonly source: string;
  readonly target: string;
  readonly sourceCodes?: readonly PlacedInlineCode[];
  readonly targetCodes?: readonly PlacedInlineCode[];
  readonly status: SegmentStatus;
  readonly note: string;
  /** Who last changed the unit (TMX `changeid`, else `creationid`). */
  readonly author?: string;
  readonly createdAt?: Timestamp;
  readonly changedAt?: Timestamp;
  readonly properties?: readonly ExchangeProperty[];
  /** Span annotations, kept by XLIFF 2.0 only. */
  readonly annotations?: readonly ExchangeAnnotation[];
}

/** A parallel text read from a file or about to be written: its two languages and its units. */
export interface ExchangeDocument {
  /** BCP 47 language tags as the file gave them (zh-CN, en) or as chosen for an export. */
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: readonly ExchangeUnit[];
}
