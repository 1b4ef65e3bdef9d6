import type { BeadList } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { sentenceSeparator } from './sentenceSeparator';

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
  const join = (side: 'source' | 'target', start: number, end: number): string =>
    list[side]
      .slice(start, end)
      .map((sentence) => sentence.text)
      .join(sentenceSeparator(side));
  return list.beads.flatMap((bead, index) => {
    const range = ranges[index];
    if (range === undefined || bead.sourceCount + bead.targetCount === 0) return [];
    return [
      {
        source: join('source', range.sourceStart, range.sourceEnd),
        target: join('target', range.targetStart, range.targetEnd),
        confirmed: bead.confirmed,
        confidence: bead.confidence,
      },
    ];
  });
}
