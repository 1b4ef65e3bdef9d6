/**
 * Writes a new project with one document and its segments (projects, documents, segments
 * stores). Call inside a read-write transaction over those stores so nothing is half-written.
 */
import type { DocumentId, ProjectId, SegmentId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { BitextDocument, Project, SegmentStatus } from '../domain/model';
import { plainTextFromRichText, type RichTextDoc } from '../domain/richText';
import type { SegmentRecord, WorkbenchDatabase } from './WorkbenchDatabase';

export interface NewSegment {
  readonly source: string;
  readonly target: RichTextDoc;
  readonly status: SegmentStatus;
}

export interface NewProject {
  readonly name: string;
  readonly isSample: boolean;
  readonly documentName: string;
  readonly paragraphs: readonly (readonly NewSegment[])[];
}

export async function insertProject(
  database: WorkbenchDatabase,
  { name, isSample, documentName, paragraphs }: NewProject,
): Promise<ProjectId> {
  const now = Date.now();
  const project: Project = {
    id: newId<ProjectId>(),
    name,
    sourceLang: 'zh',
    targetLang: 'en',
    isSample,
    createdAt: now,
    updatedAt: now,
  };
  const document: BitextDocument = {
    id: newId<DocumentId>(),
    projectId: project.id,
    name: documentName,
    order: 0,
    createdAt: now,
  };
  const segments: SegmentRecord[] = paragraphs.flatMap((sentences, paragraph) =>
    sentences.map((sentence) => ({
      id: newId<SegmentId>(),
      projectId: project.id,
      documentId: document.id,
      order: 0,
      paragraph,
      source: sentence.source,
      target: sentence.target,
      targetText: plainTextFromRichText(sentence.target),
      status: sentence.status,
      note: '',
      createdAt: now,
      updatedAt: now,
    })),
  );
  const orderedSegments = segments.map((segment, order) => ({ ...segment, order }));
  await database.projects.add(project);
  await database.documents.add(document);
  await database.segments.bulkAdd(orderedSegments);
  return project.id;
}
