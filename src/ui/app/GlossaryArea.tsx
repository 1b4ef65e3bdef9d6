import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryScreenProps } from '../glossary/GlossaryScreen';

const LazyGlossaryScreen = lazy(async () => {
  const { GlossaryScreen } = await import('../glossary/GlossaryScreen');
  return { default: GlossaryScreen };
});

function GlossaryScreenLoading() {
  const { t } = useTranslation('glossary');
  return (
    <div className="main-placeholder" role="status">
      {t('loading')}
    </div>
  );
}

/** The glossary screen, loaded on demand so that the translate view does not carry it. */
export function GlossaryArea(props: GlossaryScreenProps) {
  return (
    <Suspense fallback={<GlossaryScreenLoading />}>
      <LazyGlossaryScreen {...props} />
    </Suspense>
  );
}
