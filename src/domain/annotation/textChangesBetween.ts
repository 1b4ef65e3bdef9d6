import DiffMatchPatch from 'diff-match-patch';
import type { TextChange } from './textChange';

const differ = new DiffMatchPatch();

/**
 * The changes that turn one text into another, as a character diff cleaned up to whole words
 * where it can be: each in the older text's offsets, the last first, so that applying (or
 * mapping through) them in the order given needs no offset adjustment.
 */
export function textChangesBetween(before: string, after: string): TextChange[] {
  if (before === after) return [];
  const diffs = differ.diff_main(before, after);
  differ.diff_cleanupSemantic(diffs);
  const changes: TextChange[] = [];
  let offset = 0;
  let pending: { from: number; to: number; insert: string } | undefined;
  for (const [operation, text] of diffs) {
    if (operation === DiffMatchPatch.DIFF_EQUAL) {
      if (pending !== undefined) changes.push(pending);
      pending = undefined;
      offset += text.length;
      continue;
    }
    pending ??= { from: offset, to: offset, insert: '' };
    if (operation === DiffMatchPatch.DIFF_DELETE) {
      offset += text.length;
      pending.to = offset;
    } else {
      pending.insert += text;
    }
  }
  if (pending !== undefined) changes.push(pending);
  return changes.reverse();
}
