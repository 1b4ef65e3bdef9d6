import { domAttributes } from './domAttributes';

/** CSS selectors for the elements that carry the attributes of `domAttributes`. */
export const domSelectors = {
  row: `[${domAttributes.segmentId}]`,
  sourceCell: `[${domAttributes.role}="${domAttributes.sourceRole}"]`,
  targetCell: `[${domAttributes.role}="${domAttributes.targetRole}"]`,
  highlightedTerm: `[${domAttributes.termId}]`,
  tooltipHolder: `[${domAttributes.tooltip}]`,
  annotation: `[${domAttributes.annotationId}]`,
} as const;
