import type { QaFindingDraft, QaSegment } from './qaFinding';

/** A segment whose source has text and whose translation is empty. */
export function checkEmptyTarget(segment: QaSegment): QaFindingDraft[] {
  if (segment.source.trim() === '' || segment.target.trim() !== '') return [];
  return [{ check: 'empty-target', detail: '', values: {} }];
}
