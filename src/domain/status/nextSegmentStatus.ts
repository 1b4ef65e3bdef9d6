import type { SegmentStatus } from '../model';

/**
 * What happened to a segment: the translator typed (its target text is now `targetText`),
 * confirmed it (Ctrl+Enter), chose a status, or restored an earlier version.
 */
export type SegmentStatusEvent =
  | { readonly kind: 'type'; readonly targetText: string }
  | { readonly kind: 'confirm'; readonly targetText: string }
  | { readonly kind: 'set'; readonly status: SegmentStatus }
  | { readonly kind: 'restore'; readonly status: SegmentStatus };

const CONFIRMED: ReadonlySet<SegmentStatus> = new Set([
  'translated',
  'reviewed',
  'approved',
  'locked',
]);

/** Whether a segment's translation cannot be edited until someone unlocks it (sets another status). */
export function isLockedStatus(status: SegmentStatus): boolean {
  return status === 'locked';
}

/** Whether a status says that someone confirmed the translation (a locked one too). */
export function isConfirmedStatus(status: SegmentStatus): boolean {
  return CONFIRMED.has(status);
}

/**
 * The status a segment has after an event, the one rule for the UI and storage alike:
 * - typing makes a segment a draft, a confirmed or rejected one too, and an emptied one new;
 * - confirming makes a new, draft or rejected segment translated, never lowers a reviewed or
 *   approved one, and leaves an empty one new;
 * - a locked segment stays locked whatever is typed or confirmed (storage refuses its edits);
 * - choosing a status or restoring a version takes that status.
 */
export function nextSegmentStatus(
  current: SegmentStatus,
  event: SegmentStatusEvent,
): SegmentStatus {
  if (current === 'locked' && (event.kind === 'type' || event.kind === 'confirm')) return current;
  switch (event.kind) {
    case 'type':
      return isBlank(event.targetText) ? 'new' : 'draft';
    case 'confirm':
      if (isBlank(event.targetText)) return 'new';
      return isConfirmedStatus(current) ? current : 'translated';
    case 'set':
    case 'restore':
      return event.status;
  }
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}
