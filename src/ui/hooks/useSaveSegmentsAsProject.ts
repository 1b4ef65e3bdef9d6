import { useCallback } from 'react';
import { saveSegmentsAsProject } from '../../db/saveSegmentsAsProject';
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import type { RichTextDoc } from '../../domain/richText';
import { useDatabase } from '../DatabaseContext';

/** Stores segments held in memory as a new project. */
export function useSaveSegmentsAsProject(): (
  name: string,
  segments: readonly Segment[],
  targetOf: (segment: Segment) => RichTextDoc,
) => Promise<ProjectId> {
  const database = useDatabase();
  return useCallback(
    (name, segments, targetOf) => saveSegmentsAsProject(database, { name, segments, targetOf }),
    [database],
  );
}
