import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../domain/ids';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useBulkSegmentChanges, type SegmentState } from '../hooks/useBulkSegmentChanges';
import { ChoiceSelect } from '../app/ChoiceSelect';

/** The test hook of the status choice (data-role). */
const BULK_STATUS_ROLE = 'bulk-status';

export interface BulkStatusControlProps {
  /** The segments the status goes to: those the filter shows, or those picked by hand. */
  readonly segmentIds: readonly SegmentId[];
  /** The segments are those picked by hand, not those the filter shows. */
  readonly isForSelection: boolean;
  /** Those of them that are locked: left as they are unless the person asks to unlock them. */
  readonly lockedIds: ReadonlySet<SegmentId>;
  /** Called before writing, to store what is typed first. */
  readonly beforeChange: () => Promise<void>;
}

/**
 * Sets one status on every segment the filter shows or every one picked, after a confirmation,
 * in one transaction; the change can be undone as one step. Locked segments keep their lock
 * unless the confirmation is told to unlock them too.
 */
export function BulkStatusControl({
  segmentIds,
  isForSelection,
  lockedIds,
  beforeChange,
}: BulkStatusControlProps) {
  const { t } = useTranslation(['review', 'translate', 'common']);
  const { setStatuses, restoreStates } = useBulkSegmentChanges();
  const [asked, setAsked] = useState<SegmentStatus | undefined>(undefined);
  const [last, setLast] = useState<readonly SegmentState[] | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [isUnlocking, setIsUnlocking] = useState(false);
  const lockedCount = segmentIds.filter((id) => lockedIds.has(id)).length;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const statusName = (status: SegmentStatus) => t(`status.${status}`, { ns: 'translate' });

  const apply = async (status: SegmentStatus) => {
    setAsked(undefined);
    const ids =
      isUnlocking || status === 'locked'
        ? segmentIds
        : segmentIds.filter((id) => !lockedIds.has(id));
    try {
      await beforeChange();
      const replaced = await setStatuses(ids, status);
      setLast(replaced);
      setMessage(t('bulk.done', { count: ids.length, status: statusName(status) }));
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
        <span className="visually-hidden">
          {t(!isForSelection ? 'bulk.label' : 'bulk.labelSelected')}
        </span>
        <ChoiceSelect
          value={undefined}
          data-role={BULK_STATUS_ROLE}
          aria-label={t(!isForSelection ? 'bulk.label' : 'bulk.labelSelected')}
          choices={SEGMENT_STATUSES}
          labelOf={statusName}
          emptyLabel={t(!isForSelection ? 'bulk.choose' : 'bulk.chooseSelected')}
          onChange={(candidate) => {
            setIsUnlocking(false);
            setAsked(candidate);
          }}
        />
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
            {t(!isForSelection ? 'bulk.confirmText' : 'bulk.confirmTextSelected', {
              count: segmentIds.length,
              status: statusName(asked),
            })}
          </p>
          {lockedCount > 0 && asked !== 'locked' ? (
            <label className="dialog__message">
              <input
                type="checkbox"
                data-field="bulk-unlock"
                checked={isUnlocking}
                onChange={(event) => setIsUnlocking(event.target.checked)}
              />{' '}
              {t('bulk.unlockToo', { count: lockedCount })}
            </label>
          ) : null}
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
