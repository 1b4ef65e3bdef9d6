import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../domain/ids';
import type { Revision } from '../../domain/model';
import { useRevisions } from '../hooks/useRevisions';
import { StatusBadge } from './StatusBadge';

export interface HistoryPanelProps {
  readonly segmentId: SegmentId | undefined;
  readonly onRestore: (revision: Revision) => void;
  readonly problem: string | undefined;
}

/** The focused segment's earlier versions, newest first, each restorable. */
export function HistoryPanel({ segmentId, onRestore, problem }: HistoryPanelProps) {
  const { t, i18n } = useTranslation('translate');
  const revisions = useRevisions(segmentId);
  const formatTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <section className="side-panel history-panel" aria-labelledby="history-panel-title">
      <h2 id="history-panel-title">{t('history.title')}</h2>
      {problem !== undefined ? (
        <p className="history-panel__problem" role="alert">
          {problem}
        </p>
      ) : null}
      {segmentId === undefined ? (
        <p className="side-panel__empty">{t('history.noSegment')}</p>
      ) : revisions !== undefined && revisions.length === 0 ? (
        <p className="side-panel__empty">{t('history.none')}</p>
      ) : (
        <ol className="history-panel__list">
          {(revisions ?? []).map((revision) => {
            const time = formatTime.format(revision.savedAt);
            return (
              <li key={revision.id} className="history-panel__revision">
                <div className="history-panel__meta">
                  <time dateTime={new Date(revision.savedAt).toISOString()}>{time}</time>
                  <StatusBadge status={revision.status} />
                </div>
                <p className="history-panel__text" lang="en">
                  {revision.targetText === '' ? t('history.emptyText') : revision.targetText}
                </p>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('history.restoreLabel', { time })}
                  onClick={() => onRestore(revision)}
                >
                  {t('history.restore')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
