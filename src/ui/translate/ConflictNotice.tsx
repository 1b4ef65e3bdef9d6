import { useTranslation } from 'react-i18next';

export interface ConflictNoticeProps {
  readonly segmentNumber: number;
  readonly theirText: string;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

/** Another tab saved the segment this tab is typing in: the translator chooses whose text stays. */
export function ConflictNotice({
  segmentNumber,
  theirText,
  onKeepMine,
  onTakeTheirs,
}: ConflictNoticeProps) {
  const { t } = useTranslation('translate');
  return (
    <div className="translate-notice translate-notice--warning" role="alert" data-role="conflict">
      <p>{t('conflict.message', { number: segmentNumber, text: theirText })}</p>
      <div className="translate-notice__actions">
        <button type="button" className="button button--small" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button button--small" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
