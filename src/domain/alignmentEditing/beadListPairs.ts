import type { BeadList } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { beadSideText } from './beadSideText';

/** A bead as a pair of texts, for export. */
export interface BeadPair {
  readonly source: string;
  readonly target: string;
  readonly confirmed: boolean;
  readonly confidence: number | null;
}

/** Every bead with a sentence as a pair of texts (Chinese sentences joined with nothing, English with a space). */
export function beadListPairs(list: BeadList): BeadPair[] {
  const ranges = beadSentenceRanges(list);
  return list.beads.flatMap((bead, index) => {
    const range = ranges[index];
    if (range === undefined || bead.sourceCount + bead.targetCount === 0) return [];
    return [
      {
        source: beadSideText(list, 'source', range.sourceStart, range.sourceEnd),
        target: beadSideText(list, 'target', range.targetStart, range.targetEnd),
        confirmed: bead.confirmed,
        confidence: bead.confidence,
      },
    ];
  });
}
