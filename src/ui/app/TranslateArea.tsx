import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../domain/ids';

interface TranslateViewModule {
  readonly TranslateView: ComponentType<{ projectId: ProjectId }>;
}

const translateViewModules = import.meta.glob<TranslateViewModule>(
  '../translate/TranslateView.tsx',
);
const loadTranslateViewModule = Object.values(translateViewModules)[0];

const LazyTranslateView = loadTranslateViewModule
  ? lazy(async () => ({ default: (await loadTranslateViewModule()).TranslateView }))
  : null;

function TranslateViewLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="main-placeholder" role="status" data-testid="translate-view-loading">
      {t('main.translateViewLoading')}
    </div>
  );
}

/** The translation view of a project, loaded on demand so the app shell appears first. */
export function TranslateArea({ projectId }: { projectId: ProjectId }) {
  if (LazyTranslateView === null) return <TranslateViewLoading />;
  return (
    <Suspense fallback={<TranslateViewLoading />}>
      <LazyTranslateView key={projectId} projectId={projectId} />
    </Suspense>
  );
}
