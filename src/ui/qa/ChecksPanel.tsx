import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import type { QaFinding } from '../../domain/qa/qaFinding';
import { useDismissedFindings } from '../hooks/useDismissedFindings';
import { FindingItem } from './FindingItem';
import { qaSegmentsOf } from './qaSegmentsOf';
import { SegmentChecks } from './SegmentChecks';
import { startDocumentCheck } from './startDocumentCheck';
import './qa.css';

/** How many of the document's findings the panel lists; the segment filter shows them all. */
const LISTED_FINDINGS = 200;

export interface ChecksPanelProps {
  readonly projectId: ProjectId;
  readonly segments: readonly Segment[];
  readonly focusedSegment: Segment | undefined;
  /** The translation of a segment as the translator sees it (typed text included). */
  readonly targetTextOf: (segment: Segment) => string;
  readonly onGoTo: (segment: Segment) => void;
}

type DocumentRun =
  | { readonly state: 'running'; readonly runNumber: number }
  | { readonly state: 'done'; readonly findings: readonly QaFinding[] }
  | { readonly state: 'failed'; readonly message: string };

interface CheckProgress {
  readonly runNumber: number;
  readonly checked: number;
  readonly total: number;
}

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
  const [progress, setProgress] = useState<CheckProgress | undefined>(undefined);
  const runNumberRef = useRef(0);

  const latestRef = useRef({ segments, targetTextOf });
  useEffect(() => {
    latestRef.current = { segments, targetTextOf };
  }, [segments, targetTextOf]);

  // The document as it was when asked, in the document-check worker (on the page's thread in
  // slices where there is none); leaving the panel or Cancel stops it.
  const runningNumber = run?.state === 'running' ? run.runNumber : undefined;
  useEffect(() => {
    if (runningNumber === undefined) return undefined;
    // Only the run still going may settle the panel (a cancelled one never answers, but be sure).
    const settle = (outcome: DocumentRun) =>
      setRun((current) =>
        current?.state === 'running' && current.runNumber === runningNumber ? outcome : current,
      );
    const check = startDocumentCheck(
      qaSegmentsOf(latestRef.current.segments, latestRef.current.targetTextOf),
      {
        onProgress: (checked, total) => setProgress({ runNumber: runningNumber, checked, total }),
        onDone: (findings) => settle({ state: 'done', findings }),
        onFailed: (message) => settle({ state: 'failed', message }),
      },
    );
    return () => check.cancel();
  }, [runningNumber]);
  // Until the first report, nothing of the document is checked yet.
  const shownProgress =
    progress !== undefined && progress.runNumber === runningNumber
      ? progress
      : { checked: 0, total: segments.length };

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
          onClick={() => {
            runNumberRef.current += 1;
            setRun({ state: 'running', runNumber: runNumberRef.current });
          }}
        >
          {run?.state === 'running' ? t('checks.running') : t('checks.runDocument')}
        </button>
        {run?.state === 'running' ? (
          <button
            type="button"
            className="button button--small"
            data-action="cancel-checks"
            onClick={() => setRun(undefined)}
          >
            {t('checks.cancel')}
          </button>
        ) : null}
      </div>
      {run?.state === 'running' ? (
        <div className="checks-panel__progress" role="status">
          <progress
            max={Math.max(1, shownProgress.total)}
            value={shownProgress.checked}
            aria-label={t('checks.progressLabel')}
          />
          <span>
            {t('checks.progress', {
              checked: shownProgress.checked.toLocaleString(),
              total: shownProgress.total.toLocaleString(),
            })}
          </span>
        </div>
      ) : null}
      {run?.state === 'failed' ? (
        <p className="checks-panel__problem" role="alert">
          {t('checks.failed', { reason: run.message })}
        </p>
      ) : null}
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
