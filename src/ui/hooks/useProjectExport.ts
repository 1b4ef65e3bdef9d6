import { useCallback, useMemo } from 'react';
import { listDocumentAnnotations } from '../../db/annotationRepository';
import { exportProjectBundle } from '../../db/exportProjectBundle';
import { setProjectLanguageTags } from '../../db/projectRepository';
import { listDocuments, listSegments } from '../../db/segmentRepository';
import type { Annotation } from '../../domain/annotation/annotation';
import type { ProjectBundle } from '../../domain/bundle/projectBundle';
import type { DocumentId, ProjectId } from '../../domain/ids';
import type { LanguageTags } from '../../domain/language/projectLanguageTags';
import type { BitextDocument, Segment } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';

export interface ExportSource {
  readonly documents: readonly BitextDocument[];
  readonly segments: readonly Segment[];
  readonly annotations: readonly Annotation[];
}

export interface ProjectExport {
  /** The segments of one document of the project, or of all of them (documentId undefined). */
  readonly readSegments: (documentId: DocumentId | undefined) => Promise<ExportSource>;
  readonly readBundle: () => Promise<ProjectBundle>;
  readonly saveLanguageTags: (tags: LanguageTags) => Promise<void>;
}

/** What the export menu reads of a project, and the language tags it keeps for it. */
export function useProjectExport(projectId: ProjectId): ProjectExport {
  const database = useDatabase();
  const readSegments = useCallback(
    async (documentId: DocumentId | undefined): Promise<ExportSource> => {
      const all = await listDocuments(database, projectId);
      const documents = all.filter(
        (document) => documentId === undefined || document.id === documentId,
      );
      const lists = await Promise.all(
        documents.map((document) => listSegments(database, document.id)),
      );
      const annotations = await Promise.all(
        documents.map((document) => listDocumentAnnotations(database, document.id)),
      );
      return { documents, segments: lists.flat(), annotations: annotations.flat() };
    },
    [database, projectId],
  );
  const readBundle = useCallback(
    () => exportProjectBundle(database, projectId),
    [database, projectId],
  );
  const saveLanguageTags = useCallback(
    (tags: LanguageTags) => setProjectLanguageTags(database, projectId, tags),
    [database, projectId],
  );
  return useMemo(
    () => ({ readSegments, readBundle, saveLanguageTags }),
    [readSegments, readBundle, saveLanguageTags],
  );
}
