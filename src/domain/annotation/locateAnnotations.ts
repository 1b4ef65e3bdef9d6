import type { Segment } from '../model';
import type { Annotation, TextRange } from './annotation';
import { anchorAnnotation } from './anchorAnnotation';

export interface LocatedAnnotation {
  readonly annotation: Annotation;
  readonly segment: Pick<Segment, 'id' | 'order' | 'source' | 'targetText'>;
  /** Where it lies in its side's current text; undefined while detached. */
  readonly range: TextRange | undefined;
}

/** Each annotation with its segment and its current range, in document order (segment, side, start). */
export function locateAnnotations(
  segments: readonly Pick<Segment, 'id' | 'order' | 'source' | 'targetText'>[],
  annotations: readonly Annotation[],
): LocatedAnnotation[] {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const located: LocatedAnnotation[] = [];
  for (const annotation of annotations) {
    const segment = byId.get(annotation.segmentId);
    if (segment === undefined) continue;
    const text = annotation.side === 'source' ? segment.source : segment.targetText;
    located.push({ annotation, segment, range: anchorAnnotation(annotation, text) });
  }
  return located.sort(
    (a, b) =>
      a.segment.order - b.segment.order ||
      (a.annotation.side === b.annotation.side ? 0 : a.annotation.side === 'source' ? -1 : 1) ||
      (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) ||
      a.annotation.createdAt - b.annotation.createdAt,
  );
}
