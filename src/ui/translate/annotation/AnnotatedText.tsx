import type { ReactNode } from 'react';
import { annotationAttributes } from '../../../editor/annotationAttributes';
import type { EditorAnnotation } from '../../../editor/editorAnnotation';
import { withIsolatedBidiControls } from '../withIsolatedBidiControls';

export interface AnnotatedTextProps {
  readonly text: string;
  readonly annotations: readonly EditorAnnotation[];
  /** Where `text` starts in the side's whole text (a piece of a highlighted source). */
  readonly offset?: number;
}

/**
 * Static text with each annotation's range in a span carrying its id and category, as the
 * editors show them; overlapping annotations nest, bidi controls stay isolated.
 */
export function AnnotatedText({ text, annotations, offset = 0 }: AnnotatedTextProps): ReactNode {
  const end = offset + text.length;
  const inside = annotations.filter(
    (annotation) => annotation.start < end && annotation.end > offset,
  );
  if (inside.length === 0) return withIsolatedBidiControls(text);
  const cuts = new Set([offset, end]);
  for (const { start, end: last } of inside) {
    if (start > offset && start < end) cuts.add(start);
    if (last > offset && last < end) cuts.add(last);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index] ?? offset;
    const to = points[index + 1] ?? end;
    let node: ReactNode = withIsolatedBidiControls(text.slice(from - offset, to - offset));
    for (const annotation of inside) {
      if (annotation.start >= to || annotation.end <= from) continue;
      const { class: className, ...attributes } = annotationAttributes(annotation);
      node = (
        <span className={className} {...attributes}>
          {node}
        </span>
      );
    }
    pieces.push(<span key={from}>{node}</span>);
  }
  return pieces;
}
