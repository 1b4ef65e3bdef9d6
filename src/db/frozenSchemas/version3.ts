/**
 * Frozen copy of the stores version 3 adds (the glossary), as shipped. Never edit: tests write
 * data with it to check that later schemas open and upgrade what version 3 stored.
 */
export const frozenStoresOfVersion3 = {
  glossaries: 'id, updatedAt',
  glossaryEntries: 'id, glossaryId, [glossaryId+term]',
  projectGlossaries: 'id, projectId, glossaryId',
  termDecisions: 'id, projectId',
} as const;
