import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStore } from './createUpdateStore';
import './appStatus.css';

interface UpdateBannerProps {
  readonly updates: UpdateStore;
}

/** Offers the new version once its service worker waits; the page reloads only when asked to. */
export function UpdateBanner({ updates }: UpdateBannerProps) {
  const { t } = useTranslation('common');
  const applyUpdate = useSyncExternalStore(updates.subscribe, updates.getSnapshot);
  const [dismissed, setDismissed] = useState<typeof applyUpdate>(undefined);
  const [isApplying, setIsApplying] = useState(false);
  if (applyUpdate === undefined || applyUpdate === dismissed) return null;
  return (
    <div className="update-banner" role="status" data-role="update-banner">
      <p className="update-banner__message">{t('update.ready')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={isApplying}
        onClick={() => {
          setIsApplying(true);
          applyUpdate();
        }}
      >
        {t('update.reload')}
      </button>
      <button type="button" className="button" onClick={() => setDismissed(() => applyUpdate)}>
        {t('update.later')}
      </button>
    </div>
  );
}
