import { useTranslation } from 'react-i18next';
import './terms.css';
import type { TermFindingKind } from '../../domain/glossary/termFinding';
import type { DocumentId, SegmentId } from '../../domain/ids';

/** A term finding as the list shows it: which segment, which term, what is wrong. */
export interface TermFindingItem {
  /** Stable across sessions (checkTerms' key): what dismissing stores. */
  readonly key: string;
  readonly kind: TermFindingKind;
  readonly segmentId: SegmentId;
  /** 1-based, as the translate view numbers segments. */
  readonly segmentNumber: number;
  readonly documentId: DocumentId;
  /** Named when the finding sits in a document other than the open one. */
  readonly documentName?: string | undefined;
  readonly term: string;
  readonly used: string | undefined;
  readonly expected: string | undefined;
  readonly isDismissed?: boolean;
}

export interface TermFindingListProps {
  readonly findings: readonly TermFindingItem[];
  readonly onGoTo: (finding: TermFindingItem) => void;
  /** Dismisses a finding, or (isDismissed) shows it again. */
  readonly onDismiss: (finding: TermFindingItem) => void;
  /** Whether each finding names its segment (off when all are of one segment). */
  readonly showsSegment?: boolean;
}

/**
 * Term findings, each a link to its segment and a button to dismiss it (or show it again). Self-
 * contained: any checks panel can list findings with it.
 */
export function TermFindingList({
  findings,
  onGoTo,
  onDismiss,
  showsSegment = true,
}: TermFindingListProps) {
  const { t } = useTranslation('glossary');
  return (
    <ol className="term-findings">
      {findings.map((finding) => (
        <li
          key={finding.key}
          className={
            finding.isDismissed === true
              ? `term-finding term-finding--${finding.kind} term-finding--dismissed`
              : `term-finding term-finding--${finding.kind}`
          }
          data-finding-kind={finding.kind}
          data-finding-segment-id={finding.segmentId}
        >
          <button
            type="button"
            className="term-finding__go"
            data-action="go-to-finding"
            onClick={() => onGoTo(finding)}
          >
            <span className={`term-finding__kind term-finding__kind--${finding.kind}`}>
              {t(`finding.kind.${finding.kind}`)}
            </span>
            {showsSegment ? (
              <span className="term-finding__segment">
                {finding.documentName === undefined
                  ? t('finding.segment', { number: finding.segmentNumber })
                  : t('finding.segmentOf', {
                      number: finding.segmentNumber,
                      document: finding.documentName,
                    })}
              </span>
            ) : null}
            <span className="term-finding__text">
              {t(`finding.message.${finding.kind}`, {
                term: finding.term,
                used: finding.used ?? '',
                expected: finding.expected ?? '',
              })}
            </span>
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            data-action={finding.isDismissed === true ? 'restore-finding' : 'dismiss-finding'}
            onClick={() => onDismiss(finding)}
          >
            {finding.isDismissed === true ? t('finding.restore') : t('finding.dismiss')}
          </button>
        </li>
      ))}
    </ol>
  );
}
