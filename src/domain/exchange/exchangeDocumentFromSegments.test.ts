import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotation/annotation';
import type { AnnotationId, DocumentId, ProjectId, SegmentId } from '../ids';
import type { BitextDocument, Segment } from '../model';
import { richTextFromPlainText } from '../richText';
import { exchangeDocumentFromSegments } from './exchangeDocumentFromSegments';

const projectId = 'p' as ProjectId;
const documentId = 'd' as DocumentId;
const document: BitextDocument = { id: documentId, projectId, name: 'D', order: 0, createdAt: 1 };
const segment: Segment = {
  id: 's' as SegmentId,
  projectId,
  documentId,
  order: 0,
  paragraph: 0,
  source: '山西。',
  target: richTextFromPlainText('Shanxi.'),
  targetText: 'Shanxi.',
  status: 'translated',
  note: '',
  createdAt: 1,
  updatedAt: 1,
};
const annotation = (id: string, side: 'source' | 'target', end: number, linkedId: string) =>
  ({
    id: id as AnnotationId,
    projectId,
    documentId,
    segmentId: segment.id,
    side,
    start: 0,
    end,
    quote: (side === 'source' ? segment.source : segment.targetText).slice(0, end),
    anchoredText: side === 'source' ? segment.source : segment.targetText,
    category: 'term',
    comment: '',
    author: 'Li',
    linkedId: linkedId as AnnotationId,
    createdAt: 5,
    updatedAt: 5,
  }) satisfies Annotation;

describe('exchangeDocumentFromSegments', () => {
  it('orders a segment’s annotations one way whatever order storage gives them', () => {
    const stored = [annotation('z', 'target', 6, 'a'), annotation('a', 'source', 2, 'z')];
    const units = (list: Annotation[]) =>
      exchangeDocumentFromSegments({
        sourceLang: 'zh-CN',
        targetLang: 'en',
        documents: [document],
        segments: [segment],
        annotations: list,
      }).units;
    expect(units(stored)).toEqual(units([...stored].reverse()));
    expect(units(stored)[0]?.annotations).toMatchObject([
      { side: 'source', start: 0, end: 2, linkedIndex: 1 },
      { side: 'target', start: 0, end: 6, linkedIndex: 0 },
    ]);
  });
});
