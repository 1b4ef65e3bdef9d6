import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { findSentenceBead } from './findSentenceBead';
import { refuse } from './refuse';
import { sentenceSplice } from './sentenceSplice';
import { sideCount } from './sideCount';
import { withSideCount } from './withSideCount';

/** Replaces the text of sentence `sentenceIndex` of `side` (trimmed; it may not be blank). */
export function editSentence(
  list: BeadList,
  side: BeadSide,
  sentenceIndex: number,
  text: string,
): BeadOperationResult {
  const sentence = list[side][sentenceIndex];
  const beadIndex = findSentenceBead(list, side, sentenceIndex);
  const bead = beadIndex === undefined ? undefined : list.beads[beadIndex];
  if (sentence === undefined || beadIndex === undefined || bead === undefined)
    return refuse('no-sentence');
  if (bead.confirmed) return refuse('confirmed');
  const trimmed = text.trim();
  if (trimmed === '') return refuse('empty-text');
  if (trimmed === sentence.text) return refuse('unchanged');
  return changeOf(
    beadSplice(list, beadIndex, 1, [withSideCount(bead, side, sideCount(bead, side))]),
    sentenceSplice(list, side, sentenceIndex, 1, [
      { text: trimmed, paragraphStart: sentence.paragraphStart },
    ]),
  );
}
