import { useMemo, type ReactNode } from 'react';
import type { AvoidedRenderingSpan } from '../../editor/AvoidedRenderingHighlight';
import { withIsolatedBidiControls } from './withIsolatedBidiControls';
import '../glossary/terms.css';

/**
 * A target's text with each deprecated or forbidden rendering of its source's terms marked
 * (`data-term-status`), described with the term and the rendering to use instead. Each piece of
 * text is drawn by `renderText` (given where it starts in the target), plain by default.
 */
export function AvoidedRenderingText({
  target,
  find,
  renderText = withIsolatedBidiControls,
}: {
  target: string;
  find: (target: string) => readonly AvoidedRenderingSpan[];
  renderText?: (text: string, offset: number) => ReactNode;
}) {
  const spans = useMemo(() => find(target), [find, target]);
  if (spans.length === 0) return renderText(target, 0);
  const pieces = [];
  let position = 0;
  for (const span of spans) {
    if (span.start < position) continue;
    if (span.start > position)
      pieces.push(
        <span key={`t${position}`}>
          {renderText(target.slice(position, span.start), position)}
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
        {renderText(target.slice(span.start, span.end), span.start)}
      </mark>,
    );
    position = span.end;
  }
  if (position < target.length)
    pieces.push(<span key={`t${position}`}>{renderText(target.slice(position), position)}</span>);
  return pieces;
}
