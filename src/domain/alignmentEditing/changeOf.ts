import type { BeadListSplice, BeadOperationResult } from './beadListTypes';

/** The result of an operation that goes ahead: its splices as one change. */
export function changeOf(...splices: BeadListSplice[]): BeadOperationResult {
  return { ok: true, change: { splices } };
}
