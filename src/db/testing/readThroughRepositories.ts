/**
 * Everything the app reads through today's repositories that version 1 stores the same way: each
 * project with its documents, each document with its segments, each segment with its revisions.
 * (Terms moved into glossaries in version 3; schemaVersions.test.ts checks them there.)
 */
import { listProjects } from '../projectRepository';
import { listDocuments, listRevisions, listSegments } from '../segmentRepository';
import type { WorkbenchDatabase } from '../WorkbenchDatabase';

export async function readThroughRepositories(database: WorkbenchDatabase) {
  return Promise.all(
    (await listProjects(database)).map(async (project) => ({
      project,
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
