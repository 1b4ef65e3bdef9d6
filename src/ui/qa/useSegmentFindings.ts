import { useEffect, useRef, useState } from 'react';
import type { SegmentId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { createQaDocument } from '../../domain/qa/createQaDocument';
import type { QaDocument } from '../../domain/qa/qaDocument';
import type { QaFinding } from '../../domain/qa/qaFinding';
import { runQaChecks } from '../../domain/qa/runQaChecks';
import { qaSegmentsOf } from './qaSegmentsOf';

/** How long typing must pause before the focused segment is checked again. */
export const SEGMENT_CHECK_DELAY_MS = 300;

/**
 * The findings of one segment against its whole document, computed once typing pauses (a
 * keystroke only restarts a timer); `typedText` is its translation as typed, the others' as
 * `targetTextOf` gives them. The document's norms and groups are read again only when another
 * segment is checked or segments come and go, not while one segment is typed in. Undefined
 * until computed for this segment.
 */
export function useSegmentFindings(
  segments: readonly Segment[],
  segmentId: SegmentId,
  typedText: string | undefined,
  targetTextOf: (segment: Segment) => string,
): readonly QaFinding[] | undefined {
  const [result, setResult] = useState<
    { segmentId: SegmentId; findings: readonly QaFinding[] } | undefined
  >(undefined);
  const documentRef = useRef<
    { segmentId: SegmentId; count: number; document: QaDocument } | undefined
  >(undefined);
  useEffect(() => {
    const timer = setTimeout(() => {
      const index = segments.findIndex((segment) => segment.id === segmentId);
      if (index < 0) return;
      const checked = qaSegmentsOf(segments, (segment) =>
        segment.id === segmentId && typedText !== undefined ? typedText : targetTextOf(segment),
      );
      const known = documentRef.current;
      const document =
        known !== undefined && known.segmentId === segmentId && known.count === segments.length
          ? known.document
          : createQaDocument(checked);
      documentRef.current = { segmentId, count: segments.length, document };
      setResult({
        segmentId,
        findings: runQaChecks(checked, {
          indices: [index],
          document,
        }),
      });
    }, SEGMENT_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [segments, segmentId, typedText, targetTextOf]);
  return result?.segmentId === segmentId ? result.findings : undefined;
}
