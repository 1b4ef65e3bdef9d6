import { useCallback } from 'react';
import { deleteAlignment } from '../../db/alignmentRepository';
import type { AlignmentId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

/** Deletes an alignment with its snapshot and its whole history of corrections. */
export function useDeleteAlignment(): (alignmentId: AlignmentId) => Promise<void> {
  const database = useDatabase();
  return useCallback((alignmentId) => deleteAlignment(database, alignmentId), [database]);
}
