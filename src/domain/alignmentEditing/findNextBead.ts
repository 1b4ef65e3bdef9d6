import type { BeadList } from './beadListTypes';
import { beadMatchesKind, type BeadKind } from './beadMatchesKind';

/**
 * The index of the nearest bead of `kind` after (or before) bead `from`, not `from` itself and
 * without wrapping round; undefined when there is none. `from` may lie outside the list (-1 to
 * start from the top, the bead count to start from the bottom).
 */
export function findNextBead(
  list: Pick<BeadList, 'beads'>,
  from: number,
  direction: 'next' | 'previous',
  kind: BeadKind,
): number | undefined {
  const step = direction === 'next' ? 1 : -1;
  const start = Math.max(-1, Math.min(list.beads.length, Math.trunc(from))) + step;
  for (let index = start; index >= 0 && index < list.beads.length; index += step) {
    const bead = list.beads[index];
    if (bead !== undefined && beadMatchesKind(bead, kind)) return index;
  }
  return undefined;
}
