import { useCallback } from 'react';
import { saveAlignmentAsProject } from '../../db/saveAlignmentAsProject';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import type { AlignmentId, ProjectId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

/** Turns an alignment into a new project of the translate view (see saveAlignmentAsProject). */
export function useSaveAlignmentAsProject(): (
  alignmentId: AlignmentId,
  name: string,
  list: BeadList,
) => Promise<ProjectId> {
  const database = useDatabase();
  return useCallback(
    (alignmentId, name, list) => saveAlignmentAsProject(database, { alignmentId, name, list }),
    [database],
  );
}
