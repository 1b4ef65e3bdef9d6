import { useMemo } from 'react';
import type { AvoidedRenderingSpan } from '../../editor/AvoidedRenderingHighlight';
import { withIsolatedBidiControls } from './withIsolatedBidiControls';
import '../glossary/terms.css';

/**
 * A target's text with each deprecated or forbidden rendering of its source's terms marked
 * (`data-term-status`), described with the term and the rendering to use instead.
 */
export function AvoidedRenderingText({
  target,
  find,
}: {
  target: string;
  find: (target: string) => readonly AvoidedRenderingSpan[];
}) {
  const spans = useMemo(() => find(target), [find, target]);
  if (spans.length === 0) return withIsolatedBidiControls(target);
  const pieces = [];
  let position = 0;
  for (const span of spans) {
    if (span.start < position) continue;
    if (span.start > position)
      pieces.push(
        <span key={`t${position}`}>
          {withIsolatedBidiControls(target.slice(position, span.start))}
        </span>,
      );
    pieces.push(
      <mark
        key={`m${span.start}`}
        className={`term-avoided term-avoided--${span.status}`}
        data-term-status={span.status}
        title={span.description}
        aria-description={span.description}
      >
        {withIsolatedBidiControls(target.slice(span.start, span.end))}
      </mark>,
    );
    position = span.end;
  }
  if (position < target.length)
    pieces.push(
      <span key={`t${position}`}>{withIsolatedBidiControls(target.slice(position))}</span>,
    );
  return pieces;
}
