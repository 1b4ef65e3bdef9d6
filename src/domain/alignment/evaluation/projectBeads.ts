import type { SentenceSpan } from './locateSentences';
import type { BeadLink } from './parseBeads';

/** One side of a projection: the spans of the sentences the beads number, and of the reference sentences. */
export interface ProjectionSide {
  readonly predicted: readonly SentenceSpan[];
  readonly reference: readonly SentenceSpan[];
}

/**
 * Renumbers beads over one segmentation of two texts in the sentences of another (a gold
 * segmentation), for scoring alignment end to end from raw text: each reference sentence goes to
 * the bead of the predicted sentence it shares most characters with (the first on a tie; the
 * nearest before it when it overlaps none). Beads left with no sentence on either side are dropped;
 * the result keeps every reference sentence once, in order.
 */
export function projectBeads(
  beads: readonly BeadLink[],
  source: ProjectionSide,
  target: ProjectionSide,
): BeadLink[] {
  const sourceBead = beadOfSentence(beads, 'source', source.predicted.length);
  const targetBead = beadOfSentence(beads, 'target', target.predicted.length);
  const sides = beads.map(() => ({ source: [] as number[], target: [] as number[] }));
  assign(source, sourceBead).forEach((bead, sentence) => sides[bead]?.source.push(sentence));
  assign(target, targetBead).forEach((bead, sentence) => sides[bead]?.target.push(sentence));
  return sides.filter((side) => side.source.length > 0 || side.target.length > 0);
}

function beadOfSentence(
  beads: readonly BeadLink[],
  side: 'source' | 'target',
  count: number,
): number[] {
  const owner = new Array<number>(count).fill(0);
  beads.forEach((bead, index) => {
    for (const sentence of bead[side]) owner[sentence] = index;
  });
  return owner;
}

function assign(side: ProjectionSide, beadOfPredicted: readonly number[]): number[] {
  const result: number[] = [];
  let first = 0;
  let previousBead = 0;
  for (const span of side.reference) {
    while (first < side.predicted.length && (side.predicted[first]?.end ?? 0) <= span.start)
      first += 1;
    let best = -1;
    let bestOverlap = 0;
    for (let index = first; index < side.predicted.length; index += 1) {
      const predicted = side.predicted[index];
      if (predicted === undefined || predicted.start >= span.end) break;
      const overlap = Math.min(span.end, predicted.end) - Math.max(span.start, predicted.start);
      if (overlap > bestOverlap) {
        best = index;
        bestOverlap = overlap;
      }
    }
    const bead = best < 0 ? previousBead : (beadOfPredicted[best] ?? previousBead);
    previousBead = Math.max(previousBead, bead);
    result.push(previousBead);
  }
  return result;
}
