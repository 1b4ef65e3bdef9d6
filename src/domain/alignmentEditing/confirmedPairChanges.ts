import type { BeadList } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { beadSideText } from './beadSideText';

export interface SentencePair {
  readonly source: string;
  readonly target: string;
}

/** What an edit did to the confirmed pairs of an alignment: pairs newly confirmed, pairs no longer. */
export interface ConfirmedPairChanges {
  readonly added: readonly SentencePair[];
  readonly removed: readonly SentencePair[];
}

/**
 * The confirmed beads with a sentence on both sides, as pairs of texts (joined as beadListPairs
 * joins them), that `after` holds and `before` does not, and the other way round. Identical pairs
 * count once: the memory keeps one unit a pair.
 */
export function confirmedPairChanges(before: BeadList, after: BeadList): ConfirmedPairChanges {
  const earlier = confirmedPairsByKey(before);
  const later = confirmedPairsByKey(after);
  return {
    added: [...later].filter(([key]) => !earlier.has(key)).map(([, pair]) => pair),
    removed: [...earlier].filter(([key]) => !later.has(key)).map(([, pair]) => pair),
  };
}

function confirmedPairsByKey(list: BeadList): Map<string, SentencePair> {
  const pairs = new Map<string, SentencePair>();
  const ranges = beadSentenceRanges(list);
  list.beads.forEach((bead, index) => {
    const range = ranges[index];
    if (!bead.confirmed || range === undefined) return;
    if (bead.sourceCount === 0 || bead.targetCount === 0) return;
    const pair = {
      source: beadSideText(list, 'source', range.sourceStart, range.sourceEnd),
      target: beadSideText(list, 'target', range.targetStart, range.targetEnd),
    };
    if (pair.source.trim() === '' || pair.target.trim() === '') return;
    pairs.set(`${pair.source}\u0000${pair.target}`, pair);
  });
  return pairs;
}
