import type { BeadList } from './beadListTypes';
import { sentenceSeparator } from './sentenceSeparator';

/**
 * The text of one side of a bead: its sentences `start` to `end` (exclusive, as beadSentenceRanges
 * gives them), Chinese joined with nothing, English with a space.
 */
export function beadSideText(
  list: BeadList,
  side: 'source' | 'target',
  start: number,
  end: number,
): string {
  return list[side]
    .slice(start, end)
    .map((sentence) => sentence.text)
    .join(sentenceSeparator(side));
}
