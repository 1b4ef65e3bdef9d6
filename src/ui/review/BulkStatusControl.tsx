import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../domain/ids';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useBulkSegmentChanges, type SegmentState } from '../hooks/useBulkSegmentChanges';

export interface BulkStatusControlProps {
  /** The segments shown by the filter, which the status goes to. */
  readonly segmentIds: readonly SegmentId[];
  /** Called before writing, to store what is typed first. */
  readonly beforeChange: () => Promise<void>;
}

/**
 * Sets one status on every segment the filter shows, after a confirmation, in one transaction;
 * the change can be undone as one step.
 */
export function BulkStatusControl({ segmentIds, beforeChange }: BulkStatusControlProps) {
  const { t } = useTranslation(['review', 'translate', 'common']);
  const { setStatuses, restoreStates } = useBulkSegmentChanges();
  const [asked, setAsked] = useState<SegmentStatus | undefined>(undefined);
  const [last, setLast] = useState<readonly SegmentState[] | undefined>(undefined);
  const [message, setMessage] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const statusName = (status: SegmentStatus) => t(`status.${status}`, { ns: 'translate' });

  const apply = async (status: SegmentStatus) => {
    setAsked(undefined);
    try {
      await beforeChange();
      const replaced = await setStatuses(segmentIds, status);
      setLast(replaced);
      setMessage(t('bulk.done', { count: segmentIds.length, status: statusName(status) }));
    } catch (error) {
      setMessage(t('bulk.failed', { reason: t(storageErrorMessageKey(error), { ns: 'common' }) }));
    }
  };

  const undo = async () => {
    if (last === undefined) return;
    try {
      await beforeChange();
      await restoreStates(last);
      setLast(undefined);
      setMessage(t('bulk.undone'));
    } catch (error) {
      setMessage(t('bulk.failed', { reason: t(storageErrorMessageKey(error), { ns: 'common' }) }));
    }
  };

  return (
    <div className="bulk-status">
      <label>
        <span className="visually-hidden">{t('bulk.label')}</span>
        <select
          value=""
          data-role="bulk-status"
          aria-label={t('bulk.label')}
          onChange={(event) =>
            setAsked(SEGMENT_STATUSES.find((candidate) => candidate === event.target.value))
          }
        >
          <option value="">{t('bulk.choose')}</option>
          {SEGMENT_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {statusName(candidate)}
            </option>
          ))}
        </select>
      </label>
      <span className="bulk-status__message" role="status" aria-live="polite">
        {message}
      </span>
      {last !== undefined && last.length > 0 ? (
        <button
          type="button"
          className="button button--small"
          data-action="undo-bulk-status"
          onClick={() => void undo()}
        >
          {t('bulk.undo')}
        </button>
      ) : null}
      {asked !== undefined ? (
        <ModalDialog
          title={t('bulk.confirmTitle', { count: segmentIds.length })}
          onClose={() => setAsked(undefined)}
          initialFocus={cancelRef}
          isAlert
        >
          <p className="dialog__message">
            {t('bulk.confirmText', { count: segmentIds.length, status: statusName(asked) })}
          </p>
          <div className="dialog__actions">
            <button
              ref={cancelRef}
              type="button"
              className="button"
              onClick={() => setAsked(undefined)}
            >
              {t('bulk.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-action="confirm-bulk-status"
              onClick={() => void apply(asked)}
            >
              {t('bulk.apply')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </div>
  );
}
