import type { TextRange } from './annotation';
import type { TextChange } from './textChange';

/**
 * Where a range of a text lies after a change, as ProseMirror maps positions: text inserted at
 * the range's edges stays outside it, text inserted or replaced inside it joins it, deleted text
 * leaves it. Undefined once no character of it is left. Never mutates its input.
 */
export function mapRangeThroughChange(range: TextRange, change: TextChange): TextRange | undefined {
  const start = mapOffset(range.start, change, 1);
  const end = mapOffset(range.end, change, -1);
  return start < end ? { start, end } : undefined;
}

/** An offset after the change; `side` says which way a point of insertion goes (1: after it). */
function mapOffset(offset: number, { from, to, insert }: TextChange, side: 1 | -1): number {
  if (offset < from) return offset;
  const delta = insert.length - (to - from);
  if (offset > to) return offset + delta;
  const goesAfter =
    from === to ? side > 0 : offset === from ? false : offset === to ? true : side > 0;
  return goesAfter ? from + insert.length : from;
}
