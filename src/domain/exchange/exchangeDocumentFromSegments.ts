import type { BitextDocument, Segment } from '../model';
import type { ExchangeDocument, ExchangeUnit } from './exchangeUnit';

export interface SegmentsToExport {
  readonly sourceLang: string;
  readonly targetLang: string;
  /** The documents the segments belong to, in their order; more than one names each unit's file. */
  readonly documents: readonly BitextDocument[];
  readonly segments: readonly Segment[];
}

/**
 * A project's (or one document's) segments as an exchange document: documents in their order,
 * segments in theirs, each with its status, note and dates; a unit's id is its document's number
 * and its own (`2-15`) when there are several documents, else its number.
 */
export function exchangeDocumentFromSegments({
  sourceLang,
  targetLang,
  documents,
  segments,
}: SegmentsToExport): ExchangeDocument {
  const isSeveral = documents.length > 1;
  const units: ExchangeUnit[] = [...documents]
    .sort((left, right) => left.order - right.order)
    .flatMap((document, documentIndex) =>
      segments
        .filter((segment) => segment.documentId === document.id)
        .sort((left, right) => left.order - right.order)
        .map((segment) => ({
          id: isSeveral ? `${documentIndex + 1}-${segment.order + 1}` : `${segment.order + 1}`,
          ...(isSeveral ? { file: document.name } : {}),
          source: segment.source,
          target: segment.targetText,
          status: segment.targetText === '' ? 'new' : segment.status,
          note: segment.note,
          createdAt: segment.createdAt,
          changedAt: segment.updatedAt,
        })),
    );
  return { sourceLang, targetLang, units };
}
