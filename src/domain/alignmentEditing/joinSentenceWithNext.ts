import type { BeadList, BeadOperationResult, BeadSide, EditableBead } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { findSentenceBead } from './findSentenceBead';
import { isEmptyBead } from './isEmptyBead';
import { refuse } from './refuse';
import { sentenceSeparator } from './sentenceSeparator';
import { sentenceSplice } from './sentenceSplice';
import { sideCount } from './sideCount';
import { withSideCount } from './withSideCount';

/**
 * Joins sentence `sentenceIndex` of `side` with the next one when the segmentation cut a sentence
 * in two. The joined sentence stays in the first one's bead; when the next sentence was in a later
 * bead, that bead gives it up (and disappears if it is left with no sentence).
 */
export function joinSentenceWithNext(
  list: BeadList,
  side: BeadSide,
  sentenceIndex: number,
): BeadOperationResult {
  const sentence = list[side][sentenceIndex];
  const beadIndex = findSentenceBead(list, side, sentenceIndex);
  if (sentence === undefined || beadIndex === undefined) return refuse('no-sentence');
  const next = list[side][sentenceIndex + 1];
  const nextBeadIndex = findSentenceBead(list, side, sentenceIndex + 1);
  if (next === undefined || nextBeadIndex === undefined) return refuse('no-next-sentence');
  const region = list.beads.slice(beadIndex, nextBeadIndex + 1);
  const first = region[0];
  const last = region[region.length - 1];
  if (first === undefined || last === undefined) return refuse('no-sentence');
  if (first.confirmed || last.confirmed) return refuse('confirmed');
  let beads: EditableBead[];
  if (region.length === 1) {
    beads = [withSideCount(first, side, sideCount(first, side) - 1)];
  } else {
    const rest = withSideCount(last, side, sideCount(last, side) - 1);
    beads = [
      withSideCount(first, side, sideCount(first, side)),
      ...region.slice(1, -1),
      ...(isEmptyBead(rest) ? [] : [rest]),
    ];
  }
  return changeOf(
    beadSplice(list, beadIndex, region.length, beads),
    sentenceSplice(list, side, sentenceIndex, 2, [
      {
        text: `${sentence.text}${sentenceSeparator(side)}${next.text}`,
        paragraphStart: sentence.paragraphStart,
      },
    ]),
  );
}
