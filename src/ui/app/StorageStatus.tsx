import { useTranslation } from 'react-i18next';
import { HTML_LANGUAGE_TAGS } from '../../i18n/resources';
import './appStatus.css';
import { formatByteSize } from './formatByteSize';
import { useStorageStatus, type StorageManagerLike } from './useStorageStatus';

interface StorageStatusProps {
  /** The browser's StorageManager; tests pass a fake. */
  readonly storage?: StorageManagerLike;
}

/** Whether the browser keeps the workbench's data for good, and how much room it takes. */
export function StorageStatus({ storage = globalThis.navigator?.storage }: StorageStatusProps) {
  const { t, i18n } = useTranslation('common');
  const status = useStorageStatus(storage);
  if (status === undefined) return null;
  const locale = HTML_LANGUAGE_TAGS[i18n.resolvedLanguage === 'zh' ? 'zh' : 'en'];
  const { isPersisted, usageBytes, quotaBytes } = status;
  return (
    <div
      className="storage-status"
      data-role="storage-status"
      data-persisted={String(isPersisted)}
      title={t(isPersisted ? 'storageStatus.persistedHint' : 'storageStatus.notPersistedHint')}
    >
      <span
        className={`storage-status__state storage-status__state--${isPersisted ? 'kept' : 'at-risk'}`}
      >
        {t(isPersisted ? 'storageStatus.persisted' : 'storageStatus.notPersisted')}
      </span>
      {usageBytes !== undefined && quotaBytes !== undefined ? (
        <span className="storage-status__usage">
          {t('storageStatus.usage', {
            usage: formatByteSize(usageBytes, locale),
            quota: formatByteSize(quotaBytes, locale),
          })}
        </span>
      ) : null}
    </div>
  );
}
