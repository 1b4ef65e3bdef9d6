import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { createQaDocument } from '../../domain/qa/createQaDocument';
import type { QaDocument } from '../../domain/qa/qaDocument';
import type { QaFinding } from '../../domain/qa/qaFinding';
import { runQaChecks } from '../../domain/qa/runQaChecks';
import { useDismissedFindings } from '../hooks/useDismissedFindings';
import { FindingItem } from './FindingItem';
import { qaSegmentsOf } from './qaSegmentsOf';
import { SegmentChecks } from './SegmentChecks';
import './qa.css';

/** How many of the document's findings the panel lists; the segment filter shows them all. */
const LISTED_FINDINGS = 200;
/** How many segments one slice of the whole-document check takes. */
const CHECKED_AT_ONCE = 500;

export interface ChecksPanelProps {
  readonly projectId: ProjectId;
  readonly segments: readonly Segment[];
  readonly focusedSegment: Segment | undefined;
  /** The translation of a segment as the translator sees it (typed text included). */
  readonly targetTextOf: (segment: Segment) => string;
  readonly onGoTo: (segment: Segment) => void;
}

type DocumentRun =
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly findings: readonly QaFinding[] };

/**
 * The quality checks: the focused segment's findings as one types, the whole document's on
 * demand, each linked to its segment and dismissible (stored with the project). The glossary's
 * term checks have their own panel (TermCheckPanel), so they are not listed twice here.
 */
export function ChecksPanel({
  projectId,
  segments,
  focusedSegment,
  targetTextOf,
  onGoTo,
}: ChecksPanelProps) {
  const { t } = useTranslation('review');
  const { keys, dismiss } = useDismissedFindings(projectId);
  const dismissedKeys = keys ?? new Set<string>();
  const [run, setRun] = useState<DocumentRun | undefined>(undefined);

  const latestRef = useRef({ segments, targetTextOf });
  useEffect(() => {
    latestRef.current = { segments, targetTextOf };
  }, [segments, targetTextOf]);

  // The document as it was when asked, in slices with a pause between them, so that the page
  // stays responsive while a long document is checked.
  useEffect(() => {
    if (run?.state !== 'running') return undefined;
    const checked = qaSegmentsOf(latestRef.current.segments, latestRef.current.targetTextOf);
    const findings: QaFinding[] = [];
    let document: QaDocument | undefined;
    let start = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      document ??= createQaDocument(checked);
      const end = Math.min(checked.length, start + CHECKED_AT_ONCE);
      const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
      findings.push(...runQaChecks(checked, { indices, document }));
      start = end;
      if (start < checked.length) timer = setTimeout(step, 0);
      else setRun({ state: 'done', findings });
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [run]);

  const documentFindings =
    run?.state === 'done' ? run.findings.filter((finding) => !dismissedKeys.has(finding.key)) : [];
  const dismissedCount = run?.state === 'done' ? run.findings.length - documentFindings.length : 0;

  return (
    <section className="side-panel checks-panel" aria-label={t('checks.title')}>
      <h2>{t('checks.title')}</h2>
      <h3 className="checks-panel__heading">{t('checks.segmentHeading')}</h3>
      {focusedSegment === undefined ? (
        <p className="side-panel__empty">{t('checks.noSegment')}</p>
      ) : (
        <SegmentChecks
          segment={focusedSegment}
          segments={segments}
          targetTextOf={targetTextOf}
          dismissedKeys={dismissedKeys}
          onDismiss={(key) => void dismiss(key)}
        />
      )}
      <div className="checks-panel__document">
        <h3 className="checks-panel__heading">{t('checks.documentHeading')}</h3>
        <button
          type="button"
          className="button button--small"
          data-action="run-checks"
          disabled={run?.state === 'running'}
          onClick={() => setRun({ state: 'running' })}
        >
          {run?.state === 'running' ? t('checks.running') : t('checks.runDocument')}
        </button>
      </div>
      {run?.state === 'done' ? (
        <>
          <p className="checks-panel__count" role="status">
            {documentFindings.length === 0
              ? t('checks.documentNone')
              : t('checks.documentCount', { count: documentFindings.length })}
            {dismissedCount > 0
              ? ` · ${t('checks.dismissedCount', { count: dismissedCount })}`
              : ''}
          </p>
          <ul className="checks-panel__list" data-role="document-findings">
            {documentFindings.slice(0, LISTED_FINDINGS).map((finding) => {
              const segment = segments[finding.segmentIndex];
              if (segment === undefined) return null;
              return (
                <FindingItem
                  key={finding.key}
                  finding={finding}
                  segmentNumber={segment.order + 1}
                  isLinked
                  onGoTo={() => onGoTo(segment)}
                  onDismiss={() => void dismiss(finding.key)}
                />
              );
            })}
          </ul>
          {documentFindings.length > LISTED_FINDINGS ? (
            <p className="side-panel__empty">
              {t('checks.more', { count: documentFindings.length - LISTED_FINDINGS })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
