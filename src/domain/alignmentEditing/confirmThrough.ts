import { beadAt } from './beadAt';
import type { BeadList, BeadListSplice, BeadOperationResult } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { refuse } from './refuse';

/** Confirms every bead from the first through `index`: one splice a run of unconfirmed beads. */
export function confirmThrough(list: BeadList, index: number): BeadOperationResult {
  if (beadAt(list, index) === undefined) return refuse('no-bead');
  const splices: BeadListSplice[] = [];
  let runStart: number | undefined;
  for (let position = 0; position <= index + 1; position += 1) {
    const bead = position <= index ? list.beads[position] : undefined;
    if (bead !== undefined && !bead.confirmed) {
      runStart ??= position;
    } else if (runStart !== undefined) {
      const run = list.beads.slice(runStart, position);
      splices.push(
        beadSplice(
          list,
          runStart,
          run.length,
          run.map((unconfirmed) => ({ ...unconfirmed, confirmed: true })),
        ),
      );
      runStart = undefined;
    }
  }
  return splices.length === 0 ? refuse('unchanged') : changeOf(...splices);
}
