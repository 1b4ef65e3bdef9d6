import { useEffect, useMemo, useRef } from 'react';
import type { SegmentId } from '../../domain/ids';
import { domAttributes } from '../../editor/domAttributes';
import { domSelectors } from '../../editor/domSelectors';

/** A span selected in a source: offsets into the source string, and the text selected (trimmed). */
export interface SourceSelectionRange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface ReadSelection extends SourceSelectionRange {
  readonly segmentId: SegmentId;
}

/**
 * The text selected in a source now, else the one last selected in the focused segment's source,
 * kept while the translator goes on to select in the target: Add term and Annotate take both, in
 * either order. `range()` gives it with its offsets in the source.
 */
export function useSourceSelection(focusedId: SegmentId | undefined): {
  current(): string;
  range(): SourceSelectionRange | undefined;
} {
  const lastRef = useRef<ReadSelection | undefined>(undefined);
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

  return useMemo(() => {
    const range = (): ReadSelection | undefined => {
      const selected = readSourceSelection();
      if (selected !== undefined) return selected;
      const last = lastRef.current;
      return last !== undefined && last.segmentId === focusedRef.current ? last : undefined;
    };
    return { current: () => range()?.text ?? '', range };
  }, []);
}

/** The span selected now in a row's source, with that row's segment. */
function readSourceSelection(): ReadSelection | undefined {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  const cell = element?.closest(domSelectors.sourceCell);
  const segmentId = element?.closest(domSelectors.row)?.getAttribute(domAttributes.segmentId);
  if (selection === null || selection === undefined || cell === null || cell === undefined)
    return undefined;
  if (segmentId === null || segmentId === undefined || selection.rangeCount === 0) return undefined;
  const selected = selection.getRangeAt(0);
  if (!cell.contains(selected.startContainer) || !cell.contains(selected.endContainer))
    return undefined;
  const raw = selected.toString();
  const text = raw.trim();
  if (text === '') return undefined;
  const before = document.createRange();
  before.setStart(cell, 0);
  before.setEnd(selected.startContainer, selected.startOffset);
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  return { segmentId: segmentId as SegmentId, start, end: start + text.length, text };
}
