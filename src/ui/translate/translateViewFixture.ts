import 'fake-indexeddb/auto';
import { addProjectTerm } from '../../db/glossaryRepository';
import { insertProject } from '../../db/insertProject';
import { listDocuments } from '../../db/segmentRepository';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import type { DocumentId, ProjectId } from '../../domain/ids';
import type { SegmentStatus } from '../../domain/model';
import { richTextFromPlainText } from '../../domain/richText';

export interface FixtureSentence {
  readonly source: string;
  readonly target?: string;
  readonly status?: SegmentStatus;
}

export interface FixtureTerm {
  readonly source: string;
  readonly target: string;
  readonly note?: string;
}

export interface TranslateViewFixture {
  readonly database: WorkbenchDatabase;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
}

/** A fresh fake-indexeddb database holding one project of the given paragraphs and terms. */
export async function createTranslateViewFixture(
  paragraphs: readonly (readonly FixtureSentence[])[],
  terms: readonly FixtureTerm[] = [],
): Promise<TranslateViewFixture> {
  const database = openTestDatabase();
  const projectId = await database.transaction(
    'rw',
    database.projects,
    database.documents,
    database.segments,
    () =>
      insertProject(database, {
        name: 'Test project',
        isSample: false,
        documentName: 'Test document',
        paragraphs: paragraphs.map((sentences) =>
          sentences.map((sentence) => ({
            source: sentence.source,
            target: richTextFromPlainText(sentence.target ?? ''),
            status: sentence.status ?? 'new',
          })),
        ),
      }),
  );
  for (const term of terms)
    await addProjectTerm(database, projectId, {
      term: term.source,
      rendering: term.target,
      note: term.note ?? '',
    });
  const [document] = await listDocuments(database, projectId);
  if (document === undefined) throw new Error('The fixture project has no document.');
  return { database, projectId, documentId: document.id };
}
