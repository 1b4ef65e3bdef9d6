import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { domAttributes } from '../../editor/domAttributes';
import { domSelectors } from '../../editor/domSelectors';
import { termTooltipId } from '../../editor/termTooltipId';

interface ShownTooltip {
  readonly termId: string;
  readonly text: string;
  readonly firstLine: DOMRect;
  readonly whole: DOMRect;
}

const GAP_PX = 4;
const MARGIN_PX = 8;

/**
 * The rendering and note of the highlighted term last pointed at or focused with the keyboard,
 * drawn over the list so that no scrolling edge cuts it off. While shown it carries the id the
 * term's aria-describedby names, so a screen reader announces it with the focused term; Escape
 * hides it.
 */
export function TermTooltip() {
  const [shown, setShown] = useState<ShownTooltip | undefined>(undefined);
  const tooltipRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let hovered: Element | undefined;
    let focused: Element | undefined;
    let isFocusLatest = false;
    const termOf = (target: EventTarget | null) =>
      target instanceof Element
        ? (target.closest(domSelectors.tooltipHolder) ?? undefined)
        : undefined;
    const show = () => {
      const candidates = isFocusLatest ? [focused, hovered] : [hovered, focused];
      const term = candidates.find((element) => element?.isConnected === true);
      const firstLine = term?.getClientRects()[0];
      setShown(
        term === undefined || firstLine === undefined
          ? undefined
          : {
              termId: term.getAttribute(domAttributes.termId) ?? '',
              text: term.getAttribute(domAttributes.tooltip) ?? '',
              firstLine,
              whole: term.getBoundingClientRect(),
            },
      );
    };
    const onPointerOver = (event: PointerEvent) => {
      hovered = termOf(event.target);
      isFocusLatest = false;
      show();
    };
    const onPointerLeave = () => {
      hovered = undefined;
      show();
    };
    const onFocusIn = (event: FocusEvent) => {
      focused = termOf(event.target);
      isFocusLatest = true;
      // The tooltip must exist before the screen reader reads the focused term's description.
      if (focused === undefined) show();
      else flushSync(show);
    };
    const onFocusOut = () => {
      focused = undefined;
      show();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      hovered = undefined;
      focused = undefined;
      show();
    };
    // The term moves with the list; the browser reports what the pointer is over once scrolling ends.
    const onScroll = () => show();
    document.addEventListener('pointerover', onPointerOver);
    document.documentElement.addEventListener('pointerleave', onPointerLeave);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('pointerover', onPointerOver);
      document.documentElement.removeEventListener('pointerleave', onPointerLeave);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, []);

  useLayoutEffect(() => {
    const tooltip = tooltipRef.current;
    if (tooltip === null || shown === undefined) return;
    const { offsetWidth: width, offsetHeight: height } = tooltip;
    const above = shown.firstLine.top - GAP_PX - height;
    const top = above >= MARGIN_PX ? above : shown.whole.bottom + GAP_PX;
    const rightmost = window.innerWidth - MARGIN_PX - width;
    tooltip.style.top = `${top}px`;
    tooltip.style.left = `${Math.max(MARGIN_PX, Math.min(shown.firstLine.left, rightmost))}px`;
  }, [shown]);

  if (shown === undefined) return null;
  return (
    <div ref={tooltipRef} id={termTooltipId(shown.termId)} className="term-tooltip" role="tooltip">
      {shown.text}
    </div>
  );
}
