/**
 * Frozen copy of the stores version 5 adds (annotations, comment threads, quality scores), as
 * shipped. Never edit: tests write data with it to check that later schemas open what it stored.
 */
export const frozenStoresOfVersion5 = {
  annotations: 'id, projectId, documentId, segmentId',
  segmentComments: 'id, projectId, segmentId',
  qualityScores: 'id, projectId, [documentId+recordedAt]',
} as const;
