import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageBanner } from './StorageBanner';

interface StorageErrorBoundaryState {
  readonly hasError: boolean;
}

function StorageFailureNotice() {
  const { t } = useTranslation('common');
  return (
    <StorageBanner message={t('banner.readFailed')} onReload={() => window.location.reload()} />
  );
}

/** Catches a failure (typically of storage) for the part of the page below it and offers a reload. */
export class StorageErrorBoundary extends Component<
  { children: ReactNode },
  StorageErrorBoundaryState
> {
  override state: StorageErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): StorageErrorBoundaryState {
    return { hasError: true };
  }

  override render() {
    return this.state.hasError ? <StorageFailureNotice /> : this.props.children;
  }
}
