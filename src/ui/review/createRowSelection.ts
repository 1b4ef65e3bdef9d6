import type { SegmentId } from '../../domain/ids';

/**
 * The rows picked by hand for a bulk change, outside React state: a row reads whether it is
 * picked with useSyncExternalStore, so picking one re-renders that row and the bar alone.
 * `order` is the rows shown, in their order: Shift picks the rows between the last one picked
 * and this one, and "all" picks the rows shown.
 */
export interface RowSelection {
  subscribe(listener: () => void): () => void;
  isSelected(segmentId: SegmentId): boolean;
  /** The picked rows that are shown, in their order. */
  selected(): readonly SegmentId[];
  toggle(segmentId: SegmentId, options?: { readonly isRange?: boolean }): void;
  selectAll(): void;
  clear(): void;
  setOrder(segmentIds: readonly SegmentId[]): void;
}

const NONE: readonly SegmentId[] = [];

/** A new, empty row selection. */
export function createRowSelection(): RowSelection {
  const listeners = new Set<() => void>();
  let picked = new Set<SegmentId>();
  let order: readonly SegmentId[] = NONE;
  let anchor: SegmentId | undefined;
  let selected: readonly SegmentId[] = NONE;
  const changed = (next: Set<SegmentId>) => {
    picked = next;
    selected = picked.size === 0 ? NONE : order.filter((id) => picked.has(id));
    listeners.forEach((listener) => listener());
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isSelected: (segmentId) => picked.has(segmentId),
    selected: () => selected,
    toggle(segmentId, { isRange = false } = {}) {
      const next = new Set(picked);
      const from = anchor === undefined ? -1 : order.indexOf(anchor);
      const to = order.indexOf(segmentId);
      if (isRange && from >= 0 && to >= 0) {
        const isPicking = picked.has(anchor ?? segmentId);
        for (const id of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
          if (isPicking) next.add(id);
          else next.delete(id);
        }
      } else if (next.has(segmentId)) next.delete(segmentId);
      else next.add(segmentId);
      anchor = segmentId;
      changed(next);
    },
    selectAll() {
      changed(new Set([...picked, ...order]));
    },
    clear() {
      anchor = undefined;
      if (picked.size > 0) changed(new Set());
    },
    setOrder(segmentIds) {
      order = segmentIds;
      // Rows the filter hides stay picked but out of the bulk change until shown again.
      changed(picked);
    },
  };
}
