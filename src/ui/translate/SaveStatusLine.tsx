import { useTranslation } from 'react-i18next';
import type { SaveQueueState } from '../../db/createSaveQueue';

/** Says whether every edit is stored; a failure is explained and announced at once. */
export function SaveStatusLine({ state }: { state: SaveQueueState }) {
  const { t } = useTranslation('translate');
  if (state.status === 'error') {
    return (
      <p className="save-status save-status--error" role="alert">
        {t(`save.error.${state.error ?? 'unknown'}`)}
      </p>
    );
  }
  return (
    <p className={`save-status save-status--${state.status}`} role="status">
      {state.status === 'saving' ? t('save.saving') : t('save.saved')}
    </p>
  );
}
