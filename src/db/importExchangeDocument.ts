/**
 * Stores a parallel text read from an exchange file as documents of a project (one a file of the
 * exchange document, in the order they came) or as a new project, in one transaction: all of it
 * or nothing. Confirmed units (translated, reviewed, approved) go into the memory as well, as a
 * confirmed segment would. Span annotations the file carries (XLIFF 2.0) become annotations of
 * their segments, links kept, with the document's quality score.
 */
import type { Annotation } from '../domain/annotation/annotation';
import { groupUnitsByFile } from '../domain/exchange/groupUnitsByFile';
import type { ExchangeDocument, ExchangeUnit } from '../domain/exchange/exchangeUnit';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
  type SegmentId,
} from '../domain/ids';
import type { BitextDocument, Project, Segment, SegmentStatus } from '../domain/model';
import { normalizeLanguageTag } from '../domain/language/normalizeLanguageTag';
import { richTextFromPlainText } from '../domain/richText';
import { isConfirmedStatus } from '../domain/status/nextSegmentStatus';
import { recordQualityScore } from './annotationRepository';
import { memoryUnitFromSegment } from './memoryUnitFromSegment';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export type ExchangeDestination =
  { readonly projectId: ProjectId } | { readonly newProjectName: string };

export interface ImportedExchange {
  readonly projectId: ProjectId;
  readonly documentIds: readonly DocumentId[];
  readonly segments: number;
}

export async function importExchangeDocument(
  database: WorkbenchDatabase,
  exchange: ExchangeDocument,
  destination: ExchangeDestination,
  documentName: string,
): Promise<ImportedExchange> {
  const units = exchange.units.filter((unit) => unit.source.trim() !== '');
  if (units.length === 0) throw new StorageInputError('emptyText', 'The file holds no segment.');
  const stores = [
    database.projects,
    database.documents,
    database.segments,
    database.memoryUnits,
    database.annotations,
    database.qualityScores,
    database.meta,
  ];
  return database.transaction('rw', stores, async () => {
    const now = Date.now();
    let project: Project;
    let firstOrder = 0;
    if ('projectId' in destination) {
      const found = await database.projects.get(destination.projectId);
      if (found === undefined)
        throw new StorageInputError(
          'projectNotFound',
          `There is no project ${destination.projectId}.`,
        );
      project = found;
      const documents = await database.documents.where('projectId').equals(found.id).toArray();
      firstOrder = documents.reduce(
        (highest, document) => Math.max(highest, document.order + 1),
        0,
      );
      await database.projects.put({ ...found, updatedAt: now });
    } else {
      const name = destination.newProjectName.trim();
      if (name === '') throw new StorageInputError('emptyName', 'A project needs a name.');
      project = {
        id: newId<ProjectId>(),
        name,
        sourceLang: 'zh',
        targetLang: 'en',
        isSample: false,
        createdAt: now,
        updatedAt: now,
        languageTags: {
          source: normalizeLanguageTag(exchange.sourceLang),
          target: normalizeLanguageTag(exchange.targetLang),
        },
      };
      await database.projects.add(project);
    }
    const groups = groupUnitsByFile(units);
    const documentIds: DocumentId[] = [];
    for (const [index, group] of groups.entries()) {
      const document: BitextDocument = {
        id: newId<DocumentId>(),
        projectId: project.id,
        name: groups.length > 1 ? (group.file ?? `${documentName} ${index + 1}`) : documentName,
        order: firstOrder + index,
        createdAt: now,
      };
      const segments = group.units.map((unit, order) =>
        segmentFromUnit(unit, { projectId: project.id, documentId: document.id, order, now }),
      );
      await database.documents.add(document);
      await database.segments.bulkAdd(segments);
      await database.memoryUnits.bulkAdd(
        segments
          .filter(
            (segment) => isConfirmedStatus(segment.status) && segment.targetText.trim() !== '',
          )
          .map((segment) => memoryUnitFromSegment(segment, undefined)),
      );
      const annotations = group.units.flatMap((unit, index) => {
        const segment = segments[index];
        return segment === undefined ? [] : annotationsFromUnit(unit, segment, now);
      });
      if (annotations.length > 0) {
        await database.annotations.bulkAdd(annotations);
        await recordQualityScore(database, document.id, now);
      }
      documentIds.push(document.id);
    }
    return { projectId: project.id, documentIds, segments: units.length };
  });
}

function segmentFromUnit(
  unit: ExchangeUnit,
  place: { projectId: ProjectId; documentId: DocumentId; order: number; now: number },
): Segment {
  const status: SegmentStatus =
    unit.target === '' ? 'new' : unit.status === 'new' ? 'draft' : unit.status;
  return {
    id: newId<SegmentId>(),
    projectId: place.projectId,
    documentId: place.documentId,
    order: place.order,
    paragraph: place.order,
    source: unit.source,
    target: richTextFromPlainText(unit.target),
    targetText: unit.target,
    status,
    note: unit.note,
    createdAt: unit.createdAt ?? place.now,
    updatedAt: unit.changedAt ?? place.now,
    ...((unit.sourceCodes?.length ?? 0) + (unit.targetCodes?.length ?? 0) === 0
      ? {}
      : {
          inlineCodes: {
            source: unit.sourceCodes ?? [],
            target: unit.targetCodes ?? [],
            targetText: unit.target,
          },
        }),
  };
}

function annotationsFromUnit(unit: ExchangeUnit, segment: Segment, now: number): Annotation[] {
  const inputs = unit.annotations ?? [];
  const textOf = (side: 'source' | 'target') =>
    side === 'source' ? segment.source : segment.targetText;
  const ids = inputs.map((input) =>
    Number.isInteger(input.start) &&
    Number.isInteger(input.end) &&
    input.start >= 0 &&
    input.start < input.end &&
    input.end <= textOf(input.side).length
      ? newId<AnnotationId>()
      : undefined,
  );
  return inputs.flatMap((input, index): Annotation[] => {
    const id = ids[index];
    if (id === undefined) return [];
    const text = textOf(input.side);
    const linkedId = input.linkedIndex === undefined ? undefined : ids[input.linkedIndex];
    return [
      {
        id,
        projectId: segment.projectId,
        documentId: segment.documentId,
        segmentId: segment.id,
        side: input.side,
        start: input.start,
        end: input.end,
        quote: text.slice(input.start, input.end),
        anchoredText: text,
        category: input.category,
        ...(input.severity === undefined ? {} : { severity: input.severity }),
        comment: input.comment,
        author: input.author,
        ...(linkedId === undefined || input.linkedIndex === index ? {} : { linkedId }),
        createdAt: input.createdAt ?? now,
        updatedAt: now,
      },
    ];
  });
}
