import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import type { BeadSentenceRange } from '../../domain/alignmentEditing/beadSentenceRanges';
import type { BeadOperationResult } from '../../domain/alignmentEditing/beadListTypes';
import { confirmThrough } from '../../domain/alignmentEditing/confirmThrough';
import { detachSide } from '../../domain/alignmentEditing/detachSide';
import { insertEmptyBead } from '../../domain/alignmentEditing/insertEmptyBead';
import { joinSentenceWithNext } from '../../domain/alignmentEditing/joinSentenceWithNext';
import { mergeWithNext } from '../../domain/alignmentEditing/mergeWithNext';
import { popDown } from '../../domain/alignmentEditing/popDown';
import { setConfirmed } from '../../domain/alignmentEditing/setConfirmed';
import { shiftUp } from '../../domain/alignmentEditing/shiftUp';
import { splitBead } from '../../domain/alignmentEditing/splitBead';
import { swapWithPrevious } from '../../domain/alignmentEditing/swapWithPrevious';
import type { AlignmentCursor } from './alignmentCursor';

/** The commands that are one edit of the bead list at the cursor. */
export type EditCommand =
  | 'merge-next'
  | 'split-bead'
  | 'shift-up'
  | 'pop-down'
  | 'detach-side'
  | 'insert-empty'
  | 'swap-previous'
  | 'join-sentence'
  | 'confirm-bead'
  | 'confirm-through';

export const EDIT_COMMANDS: ReadonlySet<string> = new Set<EditCommand>([
  'merge-next',
  'split-bead',
  'shift-up',
  'pop-down',
  'detach-side',
  'insert-empty',
  'swap-previous',
  'join-sentence',
  'confirm-bead',
  'confirm-through',
]);

/**
 * Where to split a bead: after the picked sentence on its side (or, with none picked, after the
 * first Chinese sentence, or the first English one when there is one Chinese), and on the other side at the sentence boundary that
 * keeps the two parts' lengths in the same proportion, so that a 2-2 bead becomes 1-1 and 1-1
 * (a lone sentence on the other side stays in the first part).
 */
export function splitPoint(
  list: BeadList,
  range: BeadSentenceRange,
  cursor: AlignmentCursor,
): { readonly sourceKeep: number; readonly targetKeep: number } {
  const sourceCount = range.sourceEnd - range.sourceStart;
  const targetCount = range.targetEnd - range.targetStart;
  const side = cursor.sentence !== undefined ? cursor.side : sourceCount >= 2 ? 'source' : 'target';
  const start = side === 'source' ? range.sourceStart : range.targetStart;
  const count = side === 'source' ? sourceCount : targetCount;
  const keep =
    cursor.sentence !== undefined && cursor.side === side ? cursor.sentence - start + 1 : 1;
  const clampedKeep = Math.min(Math.max(keep, 0), count);
  const lengths = (sentences: BeadList['source'], from: number, to: number) =>
    sentences.slice(from, to).map((sentence) => Math.max(1, sentence.text.length));
  const sideLengths =
    side === 'source'
      ? lengths(list.source, range.sourceStart, range.sourceEnd)
      : lengths(list.target, range.targetStart, range.targetEnd);
  const otherLengths =
    side === 'source'
      ? lengths(list.target, range.targetStart, range.targetEnd)
      : lengths(list.source, range.sourceStart, range.sourceEnd);
  const share = sum(sideLengths.slice(0, clampedKeep)) / Math.max(1, sum(sideLengths));
  const otherTotal = sum(otherLengths);
  // A lone sentence on the other side stays with the first part, which begins its translation.
  let otherKeep = otherLengths.length === 1 ? 1 : 0;
  let bestGap = Infinity;
  for (
    let candidate = 0;
    candidate <= otherLengths.length && otherLengths.length !== 1;
    candidate += 1
  ) {
    const gap = Math.abs(sum(otherLengths.slice(0, candidate)) / Math.max(1, otherTotal) - share);
    if (gap < bestGap) {
      bestGap = gap;
      otherKeep = candidate;
    }
  }
  return side === 'source'
    ? { sourceKeep: clampedKeep, targetKeep: otherKeep }
    : { sourceKeep: otherKeep, targetKeep: clampedKeep };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The edit a command makes at the cursor, or why it cannot. */
export function commandChange(
  command: EditCommand,
  list: BeadList,
  ranges: readonly BeadSentenceRange[],
  cursor: AlignmentCursor,
): BeadOperationResult {
  const index = cursor.beadIndex;
  switch (command) {
    case 'merge-next':
      return mergeWithNext(list, index);
    case 'split-bead': {
      const range = ranges[index];
      if (range === undefined) return { ok: false, reason: 'no-bead' };
      const { sourceKeep, targetKeep } = splitPoint(list, range, cursor);
      return splitBead(list, index, sourceKeep, targetKeep);
    }
    case 'shift-up':
      return shiftUp(list, index, cursor.side);
    case 'pop-down':
      return popDown(list, index, cursor.side);
    case 'detach-side':
      return detachSide(list, index, cursor.side);
    case 'insert-empty':
      return insertEmptyBead(list, index);
    case 'swap-previous':
      return swapWithPrevious(list, index, cursor.side);
    case 'join-sentence': {
      const range = ranges[index];
      if (range === undefined) return { ok: false, reason: 'no-bead' };
      const last = (cursor.side === 'source' ? range.sourceEnd : range.targetEnd) - 1;
      return joinSentenceWithNext(list, cursor.side, cursor.sentence ?? last);
    }
    case 'confirm-bead':
      return setConfirmed(list, index, !(list.beads[index]?.confirmed ?? false));
    case 'confirm-through':
      return confirmThrough(list, index);
  }
}
