import { beadListToSegments } from '../domain/alignmentEditing/beadListToSegments';
import type { BeadList } from '../domain/alignmentEditing/beadListTypes';
import type { AlignmentId, ProjectId } from '../domain/ids';
import { insertProject } from './insertProject';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/**
 * "Use as project": a new project whose one document has a segment for each bead with a source,
 * its English as the target (translated when the bead was confirmed, draft otherwise), in the
 * source's paragraphs; the alignment remembers the project. One transaction: all or nothing.
 */
export async function saveAlignmentAsProject(
  database: WorkbenchDatabase,
  { alignmentId, name, list }: { alignmentId: AlignmentId; name: string; list: BeadList },
): Promise<ProjectId> {
  const paragraphs = beadListToSegments(list);
  if (paragraphs.length === 0)
    throw new StorageInputError('emptyText', 'The alignment has no Chinese sentence.');
  return database.transaction(
    'rw',
    [database.projects, database.documents, database.segments, database.alignments],
    async () => {
      const projectId = await insertProject(database, {
        name: name.trim() === '' ? 'Alignment' : name.trim(),
        isSample: false,
        documentName: name.trim(),
        paragraphs,
      });
      await database.alignments.update(alignmentId, { projectId });
      return projectId;
    },
  );
}
