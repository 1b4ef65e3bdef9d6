import type { BeadList, BeadSide } from './beadListTypes';

/** The index of the bead holding sentence `sentenceIndex` of `side`, or undefined if there is none. */
export function findSentenceBead(
  list: BeadList,
  side: BeadSide,
  sentenceIndex: number,
): number | undefined {
  if (!Number.isInteger(sentenceIndex) || sentenceIndex < 0) return undefined;
  let end = 0;
  for (let index = 0; index < list.beads.length; index += 1) {
    const bead = list.beads[index];
    if (bead === undefined) break;
    end += side === 'source' ? bead.sourceCount : bead.targetCount;
    if (sentenceIndex < end) return index;
  }
  return undefined;
}
