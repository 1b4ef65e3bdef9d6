import { beadAt } from './beadAt';
import type { BeadList, BeadListSplice, BeadOperationResult } from './beadListTypes';
import { changeOf } from './changeOf';
import { findUnconfirmedRuns } from './findUnconfirmedRuns';
import { refuse } from './refuse';

/** Confirms every bead from the first through `index`: one confirmation a run of unconfirmed beads. */
export function confirmThrough(list: BeadList, index: number): BeadOperationResult {
  if (beadAt(list, index) === undefined) return refuse('no-bead');
  const splices: BeadListSplice[] = findUnconfirmedRuns({
    beads: list.beads.slice(0, index + 1),
  }).map((run) => ({
    part: 'confirmation',
    at: run.start,
    count: run.end - run.start,
    confirmed: true,
  }));
  return splices.length === 0 ? refuse('unchanged') : changeOf(...splices);
}
