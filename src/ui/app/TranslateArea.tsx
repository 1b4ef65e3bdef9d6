import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../domain/ids';
import type { SegmentFocus } from './workbenchScreen';

const LazyTranslateView = lazy(async () => {
  const { TranslateView } = await import('../translate/TranslateView');
  return { default: TranslateView };
});

function TranslateViewLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="main-placeholder" role="status" data-testid="translate-view-loading">
      {t('main.translateViewLoading')}
    </div>
  );
}

/** The translation view of a project, loaded on demand (with the editor) so the shell appears first. */
export function TranslateArea({
  projectId,
  initialFocus,
}: {
  projectId: ProjectId;
  initialFocus?: SegmentFocus;
}) {
  return (
    <Suspense fallback={<TranslateViewLoading />}>
      <LazyTranslateView key={projectId} projectId={projectId} initialFocus={initialFocus} />
    </Suspense>
  );
}
