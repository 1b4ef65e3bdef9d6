/**
 * Span annotations (annotations store, by projectId, documentId, segmentId) and the document
 * scores they give (qualityScores, by [documentId+recordedAt]). An annotation's offsets refer to
 * the side's text it stores with them (anchoredText); the editor writes them again as the target
 * is typed (saveAnnotationAnchors), and one whose text is all deleted is kept detached until undo
 * brings the text back or a person discards it. Every change of what counts in the score (an
 * annotation added, changed, detached, reattached or deleted) records the document's score in
 * the same transaction.
 */
import type {
  Annotation,
  AnnotationSeverity,
  AnnotationSide,
} from '../domain/annotation/annotation';
import type { QualityScoreRecord } from '../domain/annotation/qualityScoreRecord';
import { scoreDocumentQuality } from '../domain/annotation/scoreDocumentQuality';
import Dexie from 'dexie';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type QualityScoreId,
  type SegmentId,
} from '../domain/ids';
import { readAnnotationSettings } from './annotationSettingsRepository';
import { listSegments } from './segmentRepository';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export interface NewAnnotation {
  readonly segmentId: SegmentId;
  readonly side: AnnotationSide;
  /** The side's text the offsets refer to (the target as typed, which may be ahead of storage). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly severity?: AnnotationSeverity;
  readonly comment: string;
  readonly author: string;
}

export interface AnnotationChanges {
  readonly category?: string;
  readonly severity?: AnnotationSeverity | null;
  readonly comment?: string;
}

/** The target offsets the editor holds for a segment's annotations, against `text`. */
export interface AnnotationAnchors {
  readonly text: string;
  readonly ranges: readonly {
    readonly id: AnnotationId;
    readonly start: number;
    readonly end: number;
  }[];
  /** The annotations the editor was given: those of them missing from `ranges` lost their text. */
  readonly knownIds: readonly AnnotationId[];
}

function stores(database: WorkbenchDatabase) {
  return [database.annotations, database.qualityScores, database.segments, database.meta];
}

/** A document's annotations, detached ones included, in no particular order. */
export async function listDocumentAnnotations(
  database: WorkbenchDatabase,
  documentId: DocumentId,
): Promise<Annotation[]> {
  return database.annotations.where('documentId').equals(documentId).toArray();
}

/** A document's recorded scores, oldest first. */
export async function listQualityScores(
  database: WorkbenchDatabase,
  documentId: DocumentId,
): Promise<QualityScoreRecord[]> {
  return database.qualityScores
    .where('[documentId+recordedAt]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .toArray();
}

/**
 * Adds annotations in one transaction; two given together (a source span and a target span)
 * are linked to each other when `isLinked`. Refuses a range outside its text, or a source
 * annotation whose text is not the segment's source.
 */
export async function addAnnotations(
  database: WorkbenchDatabase,
  annotations: readonly NewAnnotation[],
  { isLinked = false }: { readonly isLinked?: boolean } = {},
): Promise<Annotation[]> {
  const ids = annotations.map(() => newId<AnnotationId>());
  return database.transaction('rw', stores(database), async () => {
    const now = Date.now();
    const added: Annotation[] = [];
    for (const [index, input] of annotations.entries()) {
      const segment = await database.segments.get(input.segmentId);
      if (segment === undefined)
        throw new StorageInputError('segmentNotFound', `There is no segment ${input.segmentId}.`);
      const isRangeValid =
        Number.isInteger(input.start) &&
        Number.isInteger(input.end) &&
        input.start >= 0 &&
        input.start < input.end &&
        input.end <= input.text.length &&
        (input.side === 'target' || input.text === segment.source);
      if (!isRangeValid)
        throw new StorageInputError(
          'badAnnotationRange',
          'The annotated range is not in its text.',
        );
      const partner = isLinked && annotations.length === 2 ? ids[1 - index] : undefined;
      const annotation: Annotation = {
        id: ids[index] ?? newId<AnnotationId>(),
        projectId: segment.projectId,
        documentId: segment.documentId,
        segmentId: segment.id,
        side: input.side,
        start: input.start,
        end: input.end,
        quote: input.text.slice(input.start, input.end),
        anchoredText: input.text,
        category: input.category,
        ...(input.severity === undefined ? {} : { severity: input.severity }),
        comment: input.comment.trim(),
        author: input.author.trim(),
        ...(partner === undefined ? {} : { linkedId: partner }),
        createdAt: now,
        updatedAt: now,
      };
      await database.annotations.add(annotation);
      added.push(annotation);
    }
    const documentIds = new Set(added.map((annotation) => annotation.documentId));
    for (const documentId of documentIds) await recordQualityScore(database, documentId, now);
    return added;
  });
}

/** Changes an annotation's category, severity (null removes it) or comment. */
export async function changeAnnotation(
  database: WorkbenchDatabase,
  id: AnnotationId,
  changes: AnnotationChanges,
): Promise<Annotation> {
  return database.transaction('rw', stores(database), async () => {
    const annotation = await requireAnnotation(database, id);
    const { severity: _severity, ...rest } = annotation;
    const severity = changes.severity === undefined ? annotation.severity : changes.severity;
    const changed: Annotation = {
      ...rest,
      ...(severity === null || severity === undefined ? {} : { severity }),
      category: changes.category ?? annotation.category,
      comment: changes.comment?.trim() ?? annotation.comment,
      updatedAt: Math.max(Date.now(), annotation.updatedAt + 1),
    };
    await database.annotations.put(changed);
    await recordQualityScore(database, annotation.documentId, changed.updatedAt);
    return changed;
  });
}

/** Deletes an annotation for good; its linked partner stays, unlinked. */
export async function deleteAnnotation(
  database: WorkbenchDatabase,
  id: AnnotationId,
): Promise<void> {
  await database.transaction('rw', stores(database), async () => {
    const annotation = await database.annotations.get(id);
    if (annotation === undefined) return;
    await database.annotations.delete(id);
    if (annotation.linkedId !== undefined) {
      const partner = await database.annotations.get(annotation.linkedId);
      if (partner !== undefined) {
        const { linkedId: _linkedId, ...unlinked } = partner;
        await database.annotations.put(unlinked);
      }
    }
    await recordQualityScore(database, annotation.documentId, Date.now());
  });
}

/**
 * Links a source annotation to a target annotation of the same segment (a term and its
 * rendering), in one transaction; a link either had before is undone, its old partner unlinked.
 */
export async function linkAnnotations(
  database: WorkbenchDatabase,
  sourceId: AnnotationId,
  targetId: AnnotationId,
): Promise<void> {
  await database.transaction('rw', stores(database), async () => {
    const source = await requireAnnotation(database, sourceId);
    const target = await requireAnnotation(database, targetId);
    if (
      source.side !== 'source' ||
      target.side !== 'target' ||
      source.segmentId !== target.segmentId
    )
      throw new StorageInputError(
        'badAnnotationLink',
        'A link joins a source span and a target span of one segment.',
      );
    const now = Date.now();
    for (const annotation of [source, target]) {
      if (annotation.linkedId === undefined) continue;
      const partner = await database.annotations.get(annotation.linkedId);
      if (partner !== undefined && partner.id !== source.id && partner.id !== target.id) {
        const { linkedId: _linkedId, ...unlinked } = partner;
        await database.annotations.put({
          ...unlinked,
          updatedAt: Math.max(now, partner.updatedAt + 1),
        });
      }
    }
    await database.annotations.put({
      ...source,
      linkedId: target.id,
      updatedAt: Math.max(now, source.updatedAt + 1),
    });
    await database.annotations.put({
      ...target,
      linkedId: source.id,
      updatedAt: Math.max(now, target.updatedAt + 1),
    });
  });
}

/** Removes an annotation's link, on both ends. */
export async function unlinkAnnotation(
  database: WorkbenchDatabase,
  id: AnnotationId,
): Promise<void> {
  await database.transaction('rw', stores(database), async () => {
    const annotation = await requireAnnotation(database, id);
    const now = Date.now();
    const ends = [
      annotation,
      ...(annotation.linkedId === undefined
        ? []
        : [await database.annotations.get(annotation.linkedId)]),
    ];
    for (const end of ends) {
      if (end === undefined || end.linkedId === undefined) continue;
      const { linkedId: _linkedId, ...unlinked } = end;
      await database.annotations.put({ ...unlinked, updatedAt: Math.max(now, end.updatedAt + 1) });
    }
  });
}

/** Places an annotation on a new range of its side's text (one that lost its place, say). */
export async function reattachAnnotation(
  database: WorkbenchDatabase,
  id: AnnotationId,
  place: { readonly text: string; readonly start: number; readonly end: number },
): Promise<Annotation> {
  return database.transaction('rw', stores(database), async () => {
    const annotation = await requireAnnotation(database, id);
    const { start, end, text } = place;
    if (!(start >= 0 && start < end && end <= text.length))
      throw new StorageInputError('badAnnotationRange', 'The annotated range is not in its text.');
    const { detachedAt: _detachedAt, ...rest } = annotation;
    const placed: Annotation = {
      ...rest,
      start,
      end,
      quote: text.slice(start, end),
      anchoredText: text,
      updatedAt: Math.max(Date.now(), annotation.updatedAt + 1),
    };
    await database.annotations.put(placed);
    await recordQualityScore(database, annotation.documentId, placed.updatedAt);
    return placed;
  });
}

/**
 * Writes where the editor holds a segment's target annotations now. An annotation the editor
 * knew and no longer holds (all of its text deleted) is detached, not deleted; one it holds again
 * (undo) is attached again. Annotations it did not know (added in another tab meanwhile) are
 * left as they are.
 */
export async function saveAnnotationAnchors(
  database: WorkbenchDatabase,
  segmentId: SegmentId,
  { text, ranges, knownIds }: AnnotationAnchors,
): Promise<void> {
  await database.transaction('rw', stores(database), async () => {
    const byId = new Map(ranges.map((range) => [range.id, range]));
    const known = new Set(knownIds);
    const now = Date.now();
    let isScoreChanged = false;
    let documentId: DocumentId | undefined;
    const annotations = await database.annotations.where('segmentId').equals(segmentId).toArray();
    for (const annotation of annotations) {
      if (annotation.side !== 'target') continue;
      documentId = annotation.documentId;
      const range = byId.get(annotation.id);
      if (range !== undefined && range.start < range.end && range.end <= text.length) {
        const { detachedAt, ...rest } = annotation;
        const placed: Annotation = {
          ...rest,
          start: range.start,
          end: range.end,
          quote: text.slice(range.start, range.end),
          anchoredText: text,
        };
        if (JSON.stringify(placed) === JSON.stringify(annotation)) continue;
        if (detachedAt !== undefined) isScoreChanged = true;
        await database.annotations.put(placed);
      } else if (
        range === undefined &&
        known.has(annotation.id) &&
        annotation.detachedAt === undefined
      ) {
        await database.annotations.put({ ...annotation, detachedAt: now });
        isScoreChanged = true;
      }
    }
    if (isScoreChanged && documentId !== undefined)
      await recordQualityScore(database, documentId, now);
  });
}

async function requireAnnotation(
  database: WorkbenchDatabase,
  id: AnnotationId,
): Promise<Annotation> {
  const annotation = await database.annotations.get(id);
  if (annotation === undefined)
    throw new StorageInputError('annotationNotFound', `There is no annotation ${id}.`);
  return annotation;
}

/** Records the document's score now, unless it equals the last one recorded. Call inside a transaction. */
export async function recordQualityScore(
  database: WorkbenchDatabase,
  documentId: DocumentId,
  recordedAt: number,
): Promise<void> {
  const [segments, annotations, settings, last] = await Promise.all([
    listSegments(database, documentId),
    listDocumentAnnotations(database, documentId),
    readAnnotationSettings(database),
    database.qualityScores
      .where('[documentId+recordedAt]')
      .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
      .last(),
  ]);
  const projectId = segments[0]?.projectId;
  if (projectId === undefined) return;
  const quality = scoreDocumentQuality(
    segments,
    annotations,
    settings.typology,
    settings.penalties,
  );
  if (
    last !== undefined &&
    last.penalty === quality.penalty &&
    last.targetWords === quality.targetWords
  )
    return;
  await database.qualityScores.add({
    ...quality,
    id: newId<QualityScoreId>(),
    projectId,
    documentId,
    recordedAt: Math.max(recordedAt, (last?.recordedAt ?? 0) + 1),
  });
}
