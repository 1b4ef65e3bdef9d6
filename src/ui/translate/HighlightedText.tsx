import { useMemo, useState } from 'react';
import { findTermMatches } from '../../domain/glossary/findTermMatches';
import type { EditorAnnotation } from '../../editor/editorAnnotation';
import type { HighlightTerm } from '../../editor/highlightTerm';
import { moveTermFocus } from '../../editor/moveTermFocus';
import { termHighlightAttributes } from '../../editor/termHighlightAttributes';
import { AnnotatedText } from './annotation/AnnotatedText';

const NO_ANNOTATIONS: readonly EditorAnnotation[] = [];

interface Piece {
  readonly key: string;
  readonly start: number;
  readonly text: string;
  readonly term?: HighlightTerm;
  readonly termIndex: number;
}

/**
 * Source text with its glossary terms highlighted exactly as the source editor view does: one
 * Tab stop for the sentence, the arrow keys between its terms, bidi controls isolated; its
 * annotations in spans as well.
 */
export function HighlightedText({
  text,
  terms,
  annotations = NO_ANNOTATIONS,
}: {
  text: string;
  terms: readonly HighlightTerm[];
  annotations?: readonly EditorAnnotation[];
}) {
  const pieces = useMemo(() => {
    const byId = new Map(terms.map((term) => [term.id, term]));
    const found: Piece[] = [];
    let position = 0;
    let termIndex = 0;
    for (const match of findTermMatches(text, terms)) {
      if (match.start > position)
        found.push({
          key: `t${position}`,
          start: position,
          text: text.slice(position, match.start),
          termIndex: -1,
        });
      found.push({
        key: `m${match.start}`,
        start: match.start,
        text: text.slice(match.start, match.end),
        term: byId.get(match.id),
        termIndex: termIndex++,
      });
      position = match.end;
    }
    if (position < text.length)
      found.push({
        key: `t${position}`,
        start: position,
        text: text.slice(position),
        termIndex: -1,
      });
    return { pieces: found, termCount: termIndex };
  }, [text, terms]);
  const [chosenTabStop, setChosenTabStop] = useState(0);
  const tabStop = Math.min(chosenTabStop, pieces.termCount - 1);

  return pieces.pieces.map((piece) => {
    if (piece.term === undefined)
      return (
        <span key={piece.key}>
          <AnnotatedText text={piece.text} annotations={annotations} offset={piece.start} />
        </span>
      );
    const {
      class: className,
      tabindex,
      ...attributes
    } = termHighlightAttributes(piece.term, piece.termIndex === tabStop);
    return (
      <span
        key={piece.key}
        className={className}
        tabIndex={Number(tabindex)}
        {...attributes}
        onKeyDown={(event) => {
          const sentence = event.currentTarget.parentElement;
          if (sentence !== null) moveTermFocus(sentence, event, setChosenTabStop);
        }}
      >
        <AnnotatedText text={piece.text} annotations={annotations} offset={piece.start} />
      </span>
    );
  });
}
