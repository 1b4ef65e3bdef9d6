import { useDeferredValue, useMemo } from 'react';
import { checkTerms } from '../../domain/glossary/checkTerms';
import type { TermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import type { DocumentId, ProjectId, SegmentId } from '../../domain/ids';
import type { BitextDocument, Segment, TermDecision } from '../../domain/model';
import type { TermFindingItem } from '../glossary/TermFindingList';
import { useProjectSegments } from '../hooks/useProjectSegments';
import { useSettledValue } from './useSettledValue';

/** Work over a whole document waits for a pause in typing. */
const CHECK_DELAY_MS = 400;
/** Up to this many segments the open document is checked whole after every pause. */
const WHOLE_CHECK_SEGMENTS = 2_000;

export interface TermFindingsInput<Entry extends GlossaryConcept> {
  readonly projectId: ProjectId;
  readonly documents: readonly BitextDocument[];
  readonly documentId: DocumentId | undefined;
  /** The open document's segments (undefined while loading). */
  readonly segments: readonly Segment[] | undefined;
  readonly focusedId: SegmentId | undefined;
  /** All segments of every document of the project, or the open document around the focus. */
  readonly isCheckingProject: boolean;
  readonly matcher: TermbaseMatcher<Entry>;
  /** The project's glossary entries (undefined while loading). */
  readonly entries: readonly Entry[] | undefined;
  readonly decisions: readonly TermDecision[] | undefined;
}

/**
 * The term check's findings, dismissed ones flagged. Asked for the whole project, every document
 * is checked together, so a term rendered one way in one document and another way in the next is
 * found inconsistent; otherwise the open document (or, past WHOLE_CHECK_SEGMENTS, only the focused
 * segment). Undefined while anything it needs is loading.
 */
export function useTermFindings<Entry extends GlossaryConcept>({
  projectId,
  documents,
  documentId,
  segments,
  focusedId,
  isCheckingProject,
  matcher,
  entries,
  decisions,
}: TermFindingsInput<Entry>): TermFindingItem[] | undefined {
  const readsProject = isCheckingProject && documents.length > 1;
  const projectSegments = useProjectSegments(readsProject ? projectId : undefined);
  const settledSegments = useDeferredValue(useSettledValue(segments, CHECK_DELAY_MS));
  const settledProject = useDeferredValue(useSettledValue(projectSegments, CHECK_DELAY_MS));
  const checkedSegments = readsProject
    ? settledProject
    : settledSegments === undefined ||
        isCheckingProject ||
        settledSegments.length <= WHOLE_CHECK_SEGMENTS
      ? settledSegments
      : settledSegments.filter((segment) => segment.id === focusedId);
  return useMemo((): TermFindingItem[] | undefined => {
    if (checkedSegments === undefined || entries === undefined) return undefined;
    const dismissed = new Set(
      (decisions ?? [])
        .filter((decision) => decision.kind === 'dismissedFinding')
        .map((decision) => decision.key),
    );
    const documentNames = new Map(documents.map((document) => [document.id, document.name]));
    return checkTerms(
      matcher,
      checkedSegments.map((segment) => ({
        key: segment.id,
        source: segment.source,
        target: segment.targetText,
      })),
    ).flatMap((finding) => {
      const segment = checkedSegments[finding.segmentIndex];
      if (segment === undefined) return [];
      return [
        {
          key: finding.key,
          kind: finding.kind,
          segmentId: segment.id,
          segmentNumber: segment.order + 1,
          documentId: segment.documentId,
          documentName:
            segment.documentId === documentId ? undefined : documentNames.get(segment.documentId),
          term: finding.entry.term,
          used: finding.used,
          expected: finding.expected,
          isDismissed: dismissed.has(finding.key),
        },
      ];
    });
  }, [checkedSegments, entries, matcher, decisions, documents, documentId]);
}
