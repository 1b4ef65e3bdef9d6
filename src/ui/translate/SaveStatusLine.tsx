import { useTranslation } from 'react-i18next';
import type { SaveQueueState } from '../../db/createSaveQueue';

/** Says whether every edit is stored; a failure is explained and announced at once. */
export function SaveStatusLine({ state }: { state: SaveQueueState }) {
  const { t } = useTranslation('translate');
  if (state.status === 'error') {
    return (
      <p className="save-status save-status--error" role="alert" data-save-status="error">
        {t(`save.error.${state.error ?? 'unknown'}`)}
      </p>
    );
  }
  return (
    <p
      className={`save-status save-status--${state.status}`}
      role="status"
      data-save-status={state.status}
    >
      {state.status === 'saving' ? t('save.saving') : t('save.saved')}
    </p>
  );
}
