import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentId, ProjectId } from '../../../domain/ids';
import { ProgressDialog } from './ProgressDialog';

/** The header's Progress button, opening the charts of the project's progress and score. */
export function ProgressButton({
  projectId,
  documentId,
}: {
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
}) {
  const { t } = useTranslation('annotation');
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        data-action="show-progress"
        onClick={() => setIsOpen(true)}
      >
        {t('progress.open')}
      </button>
      {isOpen ? (
        <ProgressDialog
          projectId={projectId}
          documentId={documentId}
          onClose={() => setIsOpen(false)}
        />
      ) : null}
    </>
  );
}
