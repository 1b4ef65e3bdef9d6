import type { BeadOperationResult, BeadRefusal } from './beadListTypes';

/** The result of an operation that changes nothing, with the reason the UI shows. */
export function refuse(reason: BeadRefusal): BeadOperationResult {
  return { ok: false, reason };
}
