import { useTranslation } from 'react-i18next';
import type { QaFinding } from '../../domain/qa/qaFinding';
import { findingDetailKey } from './findingDetailKey';

export interface FindingItemProps {
  readonly finding: QaFinding;
  /** The segment's number as shown (1-based). */
  readonly segmentNumber: number;
  /** Whether to show a link to the segment (the whole document's list). */
  readonly isLinked: boolean;
  readonly onGoTo: () => void;
  readonly onDismiss: () => void;
}

/** One check finding: its check and what it found, a link to its segment and a way to dismiss it. */
export function FindingItem({
  finding,
  segmentNumber,
  isLinked,
  onGoTo,
  onDismiss,
}: FindingItemProps) {
  const { t } = useTranslation('review');
  return (
    <li
      className="finding"
      data-check={finding.check}
      data-finding-key={finding.key}
      data-segment-number={segmentNumber}
    >
      <div className="finding__text">
        <span className="finding__name">{t(`checks.names.${finding.check}`)}</span>{' '}
        <span className="finding__detail">
          {t(findingDetailKey(finding), { replace: finding.values })}
        </span>
      </div>
      <div className="finding__actions">
        {isLinked ? (
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('checks.goToLabel', { number: segmentNumber })}
            onClick={onGoTo}
          >
            {t('checks.goTo', { number: segmentNumber })}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--quiet"
          data-action="dismiss-finding"
          aria-label={t('checks.dismissLabel', { number: segmentNumber })}
          onClick={onDismiss}
        >
          {t('checks.dismiss')}
        </button>
      </div>
    </li>
  );
}
