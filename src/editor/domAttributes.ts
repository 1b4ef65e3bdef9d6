/**
 * Names of the DOM attributes that the editor and the UI write on the translate view and read back
 * (querySelector, closest, getAttribute). They are also the browser tests' hooks
 * (test/e2e/WorkbenchPage.ts spells them out): rename them only together.
 */
export const domAttributes = {
  /** On each row: the id of its segment. */
  segmentId: 'data-segment-id',
  /** On a row's cells: which cell it is, `sourceRole` or `targetRole`. */
  role: 'data-role',
  sourceRole: 'source',
  targetRole: 'target',
  /** On each highlighted glossary term: the term's id. */
  termId: 'data-term-id',
  /** On each highlighted glossary term: the text of its tooltip. */
  tooltip: 'data-tooltip',
  /** On each annotated span: the annotation's id. */
  annotationId: 'data-annotation-id',
  /** On each annotated span: the id of the annotation's category. */
  annotationCategory: 'data-annotation-category',
  /** On an annotated span linked to a span of the other side: the partner annotation's id. */
  annotationLinkedId: 'data-annotation-linked-id',
} as const;
