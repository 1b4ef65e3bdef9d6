/**
 * Frozen copy of the version 1 store definitions, as shipped. Never edit: tests write data
 * with it to check that the current schema opens and upgrades what version 1 stored.
 */
export const frozenStoresOfVersion1 = {
  projects: 'id, updatedAt',
  documents: 'id, projectId, [projectId+order]',
  segments: 'id, projectId, documentId, [documentId+order]',
  terms: 'id, projectId, [projectId+source]',
  revisions: 'id, projectId, segmentId, [segmentId+savedAt]',
  meta: 'key',
} as const;
