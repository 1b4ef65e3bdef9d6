/**
 * Frozen copy of the stores version 4 adds (the translation memory), as shipped. Never edit:
 * tests write data with it to check that later schemas open what version 4 stored.
 */
export const frozenStoresOfVersion4 = {
  memoryUnits: 'id, projectId, segmentId, updatedAt, [source+target]',
} as const;
