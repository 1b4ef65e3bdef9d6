import { useEffect, useMemo, useRef } from 'react';
import type { SegmentId } from '../../domain/ids';
import { domAttributes } from '../../editor/domAttributes';
import { domSelectors } from '../../editor/domSelectors';

/**
 * The text selected in a source now, else the one last selected in the focused segment's source,
 * kept while the translator goes on to select in the target: Add term takes both, in either order.
 */
export function useSourceSelection(focusedId: SegmentId | undefined): { current(): string } {
  const lastRef = useRef<{ segmentId: SegmentId; text: string } | undefined>(undefined);
  const focusedRef = useRef(focusedId);
  useEffect(() => {
    focusedRef.current = focusedId;
  }, [focusedId]);

  useEffect(() => {
    const remember = () => {
      const selected = readSourceSelection();
      if (selected !== undefined && selected.segmentId === focusedRef.current) {
        lastRef.current = selected;
      }
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  return useMemo(
    () => ({
      current: () => {
        const selected = readSourceSelection();
        if (selected !== undefined) return selected.text;
        const last = lastRef.current;
        return last !== undefined && last.segmentId === focusedRef.current ? last.text : '';
      },
    }),
    [],
  );
}

/** The text selected now in a row's source, with that row's segment. */
function readSourceSelection(): { segmentId: SegmentId; text: string } | undefined {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  const isInSource = element?.closest(domSelectors.sourceCell) != null;
  const segmentId = element?.closest(domSelectors.row)?.getAttribute(domAttributes.segmentId);
  const text = selection?.toString().trim() ?? '';
  if (!isInSource || text === '' || segmentId === null || segmentId === undefined) return undefined;
  return { segmentId: segmentId as SegmentId, text };
}
