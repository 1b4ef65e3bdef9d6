import type { BeadList } from './beadListTypes';

/** The shapes of a list's beads as `beadListFixture` reads them (`!` confirmed, `*` set by hand). */
export function describeBeadShapes(list: Pick<BeadList, 'beads'>): string {
  return list.beads
    .map(
      (bead) =>
        `${bead.sourceCount}-${bead.targetCount}${bead.confirmed ? '!' : ''}${bead.confidence === null ? '*' : ''}`,
    )
    .join(' ');
}
