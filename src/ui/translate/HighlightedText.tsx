import { useMemo } from 'react';
import { findTermMatches } from '../../domain/glossary/findTermMatches';
import type { HighlightTerm } from '../../editor/highlightTerm';
import { termHighlightAttributes } from '../../editor/termHighlightAttributes';

/** Source text with its glossary terms highlighted exactly as the source editor view does. */
export function HighlightedText({
  text,
  terms,
}: {
  text: string;
  terms: readonly HighlightTerm[];
}) {
  const parts = useMemo(() => {
    const byId = new Map(terms.map((term) => [term.id, term]));
    const pieces: { key: string; text: string; term?: HighlightTerm }[] = [];
    let position = 0;
    for (const match of findTermMatches(text, terms)) {
      if (match.start > position)
        pieces.push({ key: `t${position}`, text: text.slice(position, match.start) });
      pieces.push({
        key: `m${match.start}`,
        text: text.slice(match.start, match.end),
        term: byId.get(match.id),
      });
      position = match.end;
    }
    if (position < text.length) pieces.push({ key: `t${position}`, text: text.slice(position) });
    return pieces;
  }, [text, terms]);

  return (
    <>
      {parts.map((part) => {
        if (part.term === undefined) return <span key={part.key}>{part.text}</span>;
        const { class: className, tabindex, ...attributes } = termHighlightAttributes(part.term);
        return (
          <span key={part.key} className={className} tabIndex={Number(tabindex)} {...attributes}>
            {part.text}
          </span>
        );
      })}
    </>
  );
}
