import type { Annotation } from '../annotation/annotation';
import { anchorAnnotation } from '../annotation/anchorAnnotation';
import type { BitextDocument, Segment } from '../model';
import type { ExchangeAnnotation, ExchangeDocument, ExchangeUnit } from './exchangeUnit';

export interface SegmentsToExport {
  readonly sourceLang: string;
  readonly targetLang: string;
  /** The documents the segments belong to, in their order; more than one names each unit's file. */
  readonly documents: readonly BitextDocument[];
  readonly segments: readonly Segment[];
  /** The segments' annotations: each placed in its side's current text (detached ones left out). */
  readonly annotations?: readonly Annotation[];
}

/**
 * A project's (or one document's) segments as an exchange document: documents in their order,
 * segments in theirs, each with its status, note and dates; a unit's id is its document's number
 * and its own (`2-15`) when there are several documents, else its number. Annotations go with
 * their segment, where they lie now, a link kept when both ends are there.
 */
export function exchangeDocumentFromSegments({
  sourceLang,
  targetLang,
  documents,
  segments,
  annotations = [],
}: SegmentsToExport): ExchangeDocument {
  const annotationsOf = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const list = annotationsOf.get(annotation.segmentId) ?? [];
    list.push(annotation);
    annotationsOf.set(annotation.segmentId, list);
  }
  const isSeveral = documents.length > 1;
  const units: ExchangeUnit[] = [...documents]
    .sort((left, right) => left.order - right.order)
    .flatMap((document, documentIndex) =>
      segments
        .filter((segment) => segment.documentId === document.id)
        .sort((left, right) => left.order - right.order)
        .map((segment) => {
          const placed = placedAnnotations(segment, annotationsOf.get(segment.id) ?? []);
          return {
            id: isSeveral ? `${documentIndex + 1}-${segment.order + 1}` : `${segment.order + 1}`,
            ...(isSeveral ? { file: document.name } : {}),
            source: segment.source,
            target: segment.targetText,
            status: segment.targetText === '' ? 'new' : segment.status,
            note: segment.note,
            createdAt: segment.createdAt,
            changedAt: segment.updatedAt,
            ...inlineCodesOf(segment),
            ...(placed.length === 0 ? {} : { annotations: placed }),
          };
        }),
    );
  return { sourceLang, targetLang, units };
}

/** The codes an imported segment keeps: its source's, and its target's while the target is unedited. */
function inlineCodesOf(segment: Segment): Pick<ExchangeUnit, 'sourceCodes' | 'targetCodes'> {
  const codes = segment.inlineCodes;
  if (codes === undefined) return {};
  const isTargetUnedited = codes.targetText === segment.targetText;
  return {
    ...(codes.source.length === 0 ? {} : { sourceCodes: codes.source }),
    ...(codes.target.length === 0 || !isTargetUnedited ? {} : { targetCodes: codes.target }),
  };
}

function placedAnnotations(
  segment: Segment,
  annotations: readonly Annotation[],
): ExchangeAnnotation[] {
  const placed = annotations
    .flatMap((annotation) => {
      const range = anchorAnnotation(
        annotation,
        annotation.side === 'source' ? segment.source : segment.targetText,
      );
      return range === undefined ? [] : [{ annotation, range }];
    })
    // One order whatever the storage gave: the source's first, then by place, age and id.
    .sort(
      (left, right) =>
        Number(left.annotation.side === 'target') - Number(right.annotation.side === 'target') ||
        left.range.start - right.range.start ||
        left.range.end - right.range.end ||
        left.annotation.createdAt - right.annotation.createdAt ||
        left.annotation.id.localeCompare(right.annotation.id),
    );
  const indexOf = new Map(placed.map(({ annotation }, index) => [annotation.id, index]));
  return placed.map(({ annotation, range }) => {
    const linkedIndex =
      annotation.linkedId === undefined ? undefined : indexOf.get(annotation.linkedId);
    return {
      side: annotation.side,
      start: range.start,
      end: range.end,
      category: annotation.category,
      ...(annotation.severity === undefined ? {} : { severity: annotation.severity }),
      comment: annotation.comment,
      author: annotation.author,
      createdAt: annotation.createdAt,
      ...(linkedIndex === undefined ? {} : { linkedIndex }),
    };
  });
}
