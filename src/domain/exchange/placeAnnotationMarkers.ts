/** A span to mark in one text: its marker id and the attributes after it, written already. */
export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  /** ` type="comment" ref="#n=n1"`: escaped, each with its leading space. */
  readonly attributes: string;
}

/** A marker's tag at an offset of the plain text. */
export interface PlacedMarker {
  readonly offset: number;
  readonly xml: string;
}

interface MarkerEvent extends PlacedMarker {
  /** Ends (0) before starts (1) at one offset. */
  readonly phase: 0 | 1;
  readonly rank: number;
}

/**
 * The XLIFF 2.0 markers of spans of one text, in the order they are written. A span that lies
 * inside every `<mrk>` still open where it starts (or outside all of them) is a `<mrk>` element;
 * one that would cross an open `<mrk>` is written as a standalone `<sm/>`…`<em startRef/>` pair,
 * which XML lets cross anything. At one offset ends come before starts, inner `</mrk>` first.
 */
export function placeAnnotationMarkers(spans: readonly MarkedSpan[]): PlacedMarker[] {
  const sorted = [...spans].sort((left, right) => left.start - right.start || right.end - left.end);
  const open: MarkedSpan[] = [];
  const events: MarkerEvent[] = [];
  for (const [sequence, span] of sorted.entries()) {
    while (open.length > 0 && (open.at(-1)?.end ?? 0) <= span.start) open.pop();
    const outer = open.at(-1);
    if (outer === undefined || outer.end >= span.end) {
      open.push(span);
      events.push(
        {
          offset: span.start,
          phase: 1,
          rank: sequence,
          xml: `<mrk id="${span.id}"${span.attributes}>`,
        },
        { offset: span.end, phase: 0, rank: -sequence, xml: '</mrk>' },
      );
      continue;
    }
    events.push(
      {
        offset: span.start,
        phase: 1,
        rank: sequence,
        xml: `<sm id="${span.id}"${span.attributes}/>`,
      },
      { offset: span.end, phase: 0, rank: -sequence, xml: `<em startRef="${span.id}"/>` },
    );
  }
  return events
    .sort(
      (left, right) =>
        left.offset - right.offset || left.phase - right.phase || left.rank - right.rank,
    )
    .map(({ offset, xml }) => ({ offset, xml }));
}
