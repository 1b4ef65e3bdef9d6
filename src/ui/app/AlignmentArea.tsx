import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentId, ProjectId } from '../../domain/ids';

const LazyAlignmentWorkspace = lazy(async () => {
  const { AlignmentWorkspace } = await import('../alignment/AlignmentWorkspace');
  return { default: AlignmentWorkspace };
});

function AlignmentWorkspaceLoading() {
  const { t } = useTranslation('common');
  return (
    <div className="main-placeholder" role="status">
      {t('main.alignmentLoading')}
    </div>
  );
}

interface AlignmentAreaProps {
  readonly alignmentId: AlignmentId | undefined;
  readonly onCreated: (alignmentId: AlignmentId) => void;
  readonly onProjectCreated: (projectId: ProjectId) => void;
}

/** The alignment workspace, loaded on demand so that the translate view does not carry it. */
export function AlignmentArea(props: AlignmentAreaProps) {
  return (
    <Suspense fallback={<AlignmentWorkspaceLoading />}>
      <LazyAlignmentWorkspace {...props} />
    </Suspense>
  );
}
