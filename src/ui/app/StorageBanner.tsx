import { useTranslation } from 'react-i18next';

interface StorageBannerProps {
  readonly message: string;
  readonly onReload: () => void;
}

/** A persistent alert above the workbench with a way out: reloading the page. */
export function StorageBanner({ message, onReload }: StorageBannerProps) {
  const { t } = useTranslation('common');
  return (
    <div className="storage-banner" role="alert">
      <p className="storage-banner__message">{message}</p>
      <button type="button" className="button button--primary" onClick={onReload}>
        {t('banner.reload')}
      </button>
    </div>
  );
}
