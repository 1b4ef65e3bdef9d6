import type { BeadList } from './beadListTypes';

/** A run of beads [start, end) by index. */
export interface BeadRun {
  readonly start: number;
  readonly end: number;
}

/** The maximal runs of unconfirmed beads, in order: the gaps between (and around) confirmed beads. */
export function findUnconfirmedRuns(list: Pick<BeadList, 'beads'>): BeadRun[] {
  const runs: BeadRun[] = [];
  let start: number | undefined;
  list.beads.forEach((bead, index) => {
    if (!bead.confirmed) start ??= index;
    else if (start !== undefined) {
      runs.push({ start, end: index });
      start = undefined;
    }
  });
  if (start !== undefined) runs.push({ start, end: list.beads.length });
  return runs;
}
