import type { AnnotationId, DocumentId, ProjectId, SegmentId } from '../../ids';
import type { Annotation } from '../annotation';
import type { AnnotatedDocument } from '../annotatedDocument';
import { mqmTypology } from '../mqmTypology';

const projectId = 'p1' as ProjectId;
const documentId = 'd1' as DocumentId;

export const fixtureSegments = [
  {
    id: 's1' as SegmentId,
    order: 0,
    source: '山西加快转型发展。',
    targetText: 'Shanxi slows its transformation.',
    projectId,
    documentId,
  },
  {
    id: 's2' as SegmentId,
    order: 1,
    source: '太原是省会。',
    targetText: 'Taiyuan is the capital.',
    projectId,
    documentId,
  },
];

/** An annotation of the fixture's document, covering `quote` where it first occurs. */
export function fixtureAnnotation(
  id: string,
  segmentIndex: number,
  side: Annotation['side'],
  quote: string,
  fields: Partial<Annotation> = {},
): Annotation {
  const segment = fixtureSegments[segmentIndex];
  if (segment === undefined) throw new Error(`No fixture segment ${segmentIndex}.`);
  const text = side === 'source' ? segment.source : segment.targetText;
  const start = text.indexOf(quote);
  return {
    id: id as AnnotationId,
    projectId,
    documentId,
    segmentId: segment.id,
    side,
    start,
    end: start + quote.length,
    quote,
    anchoredText: text,
    category: 'mistranslation',
    severity: 'major',
    comment: '',
    author: 'Lin',
    createdAt: Date.UTC(2026, 11, 4, 10),
    updatedAt: Date.UTC(2026, 11, 4, 11),
    ...fields,
  };
}

export function fixtureDocument(annotations: readonly Annotation[]): AnnotatedDocument {
  return {
    projectName: '山西',
    documentName: 'shanxi.txt',
    segments: fixtureSegments,
    annotations,
    typology: mqmTypology,
  };
}
