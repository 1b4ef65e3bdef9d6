import { useCallback } from 'react';
import { createAlignment } from '../../db/alignmentRepository';
import type { AlignmentWarning } from '../../domain/alignment/engine/alignmentAssessment';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { summarizeBeadList } from '../../domain/alignmentEditing/summarizeBeadList';
import type { AlignmentId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

export interface NewAlignment {
  readonly name: string;
  readonly sourceFileName: string;
  readonly targetFileName: string;
  readonly list: BeadList;
  readonly warnings: readonly AlignmentWarning[];
}

/** Stores a freshly aligned bead list as a new alignment. */
export function useCreateAlignment(): (alignment: NewAlignment) => Promise<AlignmentId> {
  const database = useDatabase();
  return useCallback(
    (alignment) =>
      createAlignment(database, { ...alignment, summary: summarizeBeadList(alignment.list) }),
    [database],
  );
}
