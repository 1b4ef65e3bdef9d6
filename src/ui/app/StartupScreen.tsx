import { useTranslation } from 'react-i18next';
import type { StartupFailure } from './describeStartupFailure';

interface StartupScreenProps {
  readonly failure?: StartupFailure;
  readonly details?: string;
}

/** What shows before the workbench is ready: a short wait, or why it could not start. */
export function StartupScreen({ failure, details }: StartupScreenProps) {
  const { t } = useTranslation('common');
  if (failure === undefined) {
    return (
      <div className="startup-screen" role="status">
        <p className="startup-screen__app-name">{t('appName')}</p>
        <p>{t('startup.opening')}</p>
      </div>
    );
  }
  return (
    <div className="startup-screen" role="alert">
      <h1 className="startup-screen__title">{t('startup.failedTitle')}</h1>
      <p className="startup-screen__message">{t(`startup.${failure}`)}</p>
      {details !== undefined && details !== '' ? (
        <p className="startup-screen__details">{t('startup.details', { message: details })}</p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('banner.reload')}
      </button>
    </div>
  );
}
