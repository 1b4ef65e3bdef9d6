/**
 * Frozen copy of the stores version 2 added (the alignment workspace), as shipped. Never edit.
 */
export const frozenStoresAddedInVersion2 = {
  alignments: 'id, updatedAt',
  alignmentSnapshots: 'alignmentId',
  alignmentChanges: '[alignmentId+sequence]',
} as const;
