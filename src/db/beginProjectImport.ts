/**
 * Storing a project in batches: the segment rows first (through the quiet database, a few
 * thousand a transaction, with the import marked in meta), then the document and project rows
 * in one last transaction that removes the mark. Until then no tab lists the project, and an
 * abandoned import is removed whole (removeUnfinishedImport, cleanUpAbandonedImports).
 */
import type { DocumentId, ProjectId, SegmentId } from '../domain/ids';
import { newId } from '../domain/ids';
import type { BitextDocument, Project } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import type { SegmentedSentence } from '../domain/segmentation/segmentTextStream';
import { projectImportMarkerKey, type ProjectImportMarker } from './projectImportMarker';
import { removeUnfinishedImport } from './removeUnfinishedImport';
import { StorageInputError } from './StorageInputError';
import type { SegmentRecord, WorkbenchDatabase } from './WorkbenchDatabase';

export interface ImportDatabases {
  /** Writes the finished project, so that the live queries of every tab see it. */
  readonly database: WorkbenchDatabase;
  /** Writes and removes the rows of the unfinished import, waking no live query (openQuietDatabase). */
  readonly quietDatabase: WorkbenchDatabase;
}

export interface ProjectImportWriter {
  readonly projectId: ProjectId;
  /** Segments stored so far. */
  readonly segmentCount: () => number;
  /** Stores the next sentences of the document as new, empty segments, in one transaction. */
  readonly addSegments: (sentences: readonly SegmentedSentence[]) => Promise<void>;
  /** Makes the project visible; refuses (removing everything) when no segment was added. */
  readonly finish: () => Promise<ProjectId>;
  /** Removes everything stored so far. */
  readonly abandon: () => Promise<void>;
}

/** Marks the import of a new project named `name` (trimmed, not blank) and returns its writer. */
export async function beginProjectImport(
  { database, quietDatabase }: ImportDatabases,
  { projectId, name }: { projectId: ProjectId; name: string },
): Promise<ProjectImportWriter> {
  const trimmedName = name.trim();
  if (trimmedName === '') throw new StorageInputError('emptyName', 'A project needs a name.');
  const startedAt = Date.now();
  const documentId = newId<DocumentId>();
  const markerKey = projectImportMarkerKey(projectId);
  const marker: ProjectImportMarker = { projectId, documentId, startedAt };
  await quietDatabase.meta.put({ key: markerKey, value: marker });
  const emptyTarget = richTextFromPlainText('');
  let segmentCount = 0;

  const abandon = () => removeUnfinishedImport(quietDatabase, projectId);

  return {
    projectId,
    segmentCount: () => segmentCount,
    addSegments: async (sentences) => {
      const rows: SegmentRecord[] = sentences.map(({ paragraph, source }, index) => ({
        id: newId<SegmentId>(),
        projectId,
        documentId,
        order: segmentCount + index,
        paragraph,
        source,
        target: emptyTarget,
        targetText: '',
        status: 'new',
        note: '',
        createdAt: startedAt,
        updatedAt: startedAt,
      }));
      await quietDatabase.segments.bulkAdd(rows);
      segmentCount += rows.length;
    },
    finish: async () => {
      if (segmentCount === 0) {
        await abandon();
        throw new StorageInputError('emptyText', 'The text has no sentence to translate.');
      }
      const now = Date.now();
      const project: Project = {
        id: projectId,
        name: trimmedName,
        sourceLang: 'zh',
        targetLang: 'en',
        isSample: false,
        createdAt: now,
        updatedAt: now,
      };
      const document: BitextDocument = {
        id: documentId,
        projectId,
        name: trimmedName,
        order: 0,
        createdAt: now,
      };
      const { projects, documents, meta } = database;
      await database.transaction('rw', [projects, documents, meta], async () => {
        if ((await meta.get(markerKey)) === undefined) {
          throw new Error(`The import of ${projectId} was removed before it finished.`);
        }
        await documents.add(document);
        await projects.add(project);
        await meta.delete(markerKey);
      });
      return projectId;
    },
    abandon,
  };
}
