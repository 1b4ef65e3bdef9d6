import { beadAt } from './beadAt';
import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { isEmptyBead } from './isEmptyBead';
import { refuse } from './refuse';
import { sentenceSplice } from './sentenceSplice';
import { sentenceStart } from './sentenceStart';
import { sideCount } from './sideCount';
import { withSideCount } from './withSideCount';

/**
 * For a translation that reordered sentences: the `side` sentences of bead `index` move before those
 * of the previous bead, and each bead takes the other's. The texts move; the paragraph starts stay
 * where they were. A bead left with no sentence on either side disappears.
 */
export function swapWithPrevious(
  list: BeadList,
  index: number,
  side: BeadSide,
): BeadOperationResult {
  const bead = beadAt(list, index);
  if (bead === undefined) return refuse('no-bead');
  const previous = list.beads[index - 1];
  if (previous === undefined) return refuse('no-previous-bead');
  if (bead.confirmed || previous.confirmed) return refuse('confirmed');
  const previousCount = sideCount(previous, side);
  const count = sideCount(bead, side);
  if (previousCount === 0 && count === 0) return refuse('empty-side');
  const start = sentenceStart(list, side, index - 1);
  const region = list[side].slice(start, start + previousCount + count);
  const texts = [...region.slice(previousCount), ...region.slice(0, previousCount)].map(
    (sentence) => sentence.text,
  );
  const swapped = region.map((sentence, offset) => ({
    text: texts[offset] ?? '',
    paragraphStart: sentence.paragraphStart,
  }));
  const beads = [withSideCount(previous, side, count), withSideCount(bead, side, previousCount)];
  return changeOf(
    beadSplice(
      list,
      index - 1,
      2,
      beads.filter((swappedBead) => !isEmptyBead(swappedBead)),
    ),
    sentenceSplice(list, side, start, region.length, swapped),
  );
}
