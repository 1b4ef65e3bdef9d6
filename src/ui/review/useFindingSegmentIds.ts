import { useMemo } from 'react';
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { runQaChecks } from '../../domain/qa/runQaChecks';
import { useDismissedFindings } from '../hooks/useDismissedFindings';
import { qaSegmentsOf } from '../qa/qaSegmentsOf';
import { useTermMatcher } from '../qa/useTermMatcher';

/** The ids of the segments with a check finding not dismissed, when asked (undefined otherwise). */
export function useFindingSegmentIds(
  projectId: ProjectId,
  segments: readonly Segment[],
  targetTextOf: (segment: Segment) => string,
  isWanted: boolean,
): ReadonlySet<string> | undefined {
  const matcher = useTermMatcher(projectId);
  const { keys } = useDismissedFindings(projectId);
  return useMemo(() => {
    if (!isWanted) return undefined;
    const findings = runQaChecks(qaSegmentsOf(segments, targetTextOf), {
      ...(matcher ? { matcher } : {}),
    });
    return new Set(
      findings
        .filter((finding) => keys?.has(finding.key) !== true)
        .flatMap((finding) => segments[finding.segmentIndex]?.id ?? []),
    );
  }, [isWanted, segments, targetTextOf, matcher, keys]);
}
