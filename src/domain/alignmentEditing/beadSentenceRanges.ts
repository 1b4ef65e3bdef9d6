import type { BeadList } from './beadListTypes';

/** The sentences of a bead: [sourceStart, sourceEnd) and [targetStart, targetEnd), 0-based. */
export interface BeadSentenceRange {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly targetStart: number;
  readonly targetEnd: number;
}

/** The sentence range of every bead, in one pass over the counts. */
export function beadSentenceRanges(list: Pick<BeadList, 'beads'>): BeadSentenceRange[] {
  let source = 0;
  let target = 0;
  return list.beads.map((bead) => {
    const range = {
      sourceStart: source,
      sourceEnd: source + bead.sourceCount,
      targetStart: target,
      targetEnd: target + bead.targetCount,
    };
    source = range.sourceEnd;
    target = range.targetEnd;
    return range;
  });
}
