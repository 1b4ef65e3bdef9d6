/**
 * Everything the app reads through today's repositories: each project with its terms and
 * documents, each document with its segments, each segment with its revisions.
 */
import { listProjects } from '../projectRepository';
import { listDocuments, listRevisions, listSegments } from '../segmentRepository';
import { listTerms } from '../termRepository';
import type { WorkbenchDatabase } from '../WorkbenchDatabase';

export async function readThroughRepositories(database: WorkbenchDatabase) {
  return Promise.all(
    (await listProjects(database)).map(async (project) => ({
      project,
      terms: await listTerms(database, project.id),
      documents: await Promise.all(
        (await listDocuments(database, project.id)).map(async (document) => ({
          document,
          segments: await Promise.all(
            (await listSegments(database, document.id)).map(async (segment) => ({
              segment,
              revisions: await listRevisions(database, segment.id),
            })),
          ),
        })),
      ),
    })),
  );
}
