import type { SegmentStatus } from '../../domain/model';

/** A shape for each status, so the status never depends on colour alone. */
export const STATUS_ICONS = {
  new: '○',
  draft: '✎',
  translated: '✓',
  reviewed: '✓✓',
  approved: '★',
  rejected: '✗',
  locked: '🔒︎',
} as const satisfies Record<SegmentStatus, string>;
