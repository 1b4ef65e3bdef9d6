import type { BeadList, BeadOperationResult, BeadSide } from './beadListTypes';
import { beadSplice } from './beadSplice';
import { changeOf } from './changeOf';
import { findSentenceBead } from './findSentenceBead';
import { refuse } from './refuse';
import { sentenceSplice } from './sentenceSplice';
import { sideCount } from './sideCount';
import { withSideCount } from './withSideCount';

/**
 * Splits sentence `sentenceIndex` of `side` at `characterOffset` (UTF-16 units) when the
 * segmentation joined two sentences; the space around the cut is dropped and both parts stay in
 * the sentence's bead. Both parts must keep some text, and the cut may not fall inside a character.
 */
export function splitSentence(
  list: BeadList,
  side: BeadSide,
  sentenceIndex: number,
  characterOffset: number,
): BeadOperationResult {
  const beadIndex = findSentenceBead(list, side, sentenceIndex);
  const sentence = list[side][sentenceIndex];
  const bead = beadIndex === undefined ? undefined : list.beads[beadIndex];
  if (beadIndex === undefined || sentence === undefined || bead === undefined)
    return refuse('no-sentence');
  if (bead.confirmed) return refuse('confirmed');
  const { text } = sentence;
  if (!Number.isInteger(characterOffset) || characterOffset <= 0 || characterOffset >= text.length)
    return refuse('bad-offset');
  if (isHighSurrogate(text.charCodeAt(characterOffset - 1))) return refuse('bad-offset');
  const first = text.slice(0, characterOffset).trimEnd();
  const second = text.slice(characterOffset).trimStart();
  if (first === '' || second === '') return refuse('bad-offset');
  return changeOf(
    beadSplice(list, beadIndex, 1, [withSideCount(bead, side, sideCount(bead, side) + 1)]),
    sentenceSplice(list, side, sentenceIndex, 1, [
      { text: first, paragraphStart: sentence.paragraphStart },
      { text: second, paragraphStart: false },
    ]),
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
