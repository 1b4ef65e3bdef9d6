import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteProject } from '../../db/projectRepository';
import type { Project } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useDatabase } from '../DatabaseContext';

interface DeleteProjectDialogProps {
  readonly project: Project;
  /** Called as this tab starts deleting the project (so the view does not take it for another tab's doing). */
  readonly onDeleting?: (projectId: Project['id']) => void;
  readonly onClose: () => void;
}

/** Asks before deleting a project, naming it; Cancel has the focus so Enter is harmless. */
export function DeleteProjectDialog({ project, onDeleting, onClose }: DeleteProjectDialogProps) {
  const { t } = useTranslation(['projects', 'common']);
  const database = useDatabase();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);

  async function handleDelete() {
    setIsDeleting(true);
    onDeleting?.(project.id);
    try {
      await deleteProject(database, project.id);
      onClose();
    } catch (caught) {
      setError(t(storageErrorMessageKey(caught), { ns: 'common' }));
      setIsDeleting(false);
    }
  }

  return (
    <ModalDialog title={t('deleteDialog.title')} onClose={onClose} initialFocus={cancelRef} isAlert>
      <p className="dialog__message">{t('deleteDialog.message', { name: project.name })}</p>
      {error !== null ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onClose}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={isDeleting}
          onClick={() => void handleDelete()}
        >
          {t('deleteDialog.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
