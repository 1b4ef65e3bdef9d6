import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAlignment } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useDeleteAlignment } from '../hooks/useDeleteAlignment';

interface DeleteAlignmentDialogProps {
  readonly alignment: StoredAlignment;
  readonly onDeleted: () => void;
  readonly onClose: () => void;
}

/** Asks before deleting an alignment with its corrections; a project made from it stays. */
export function DeleteAlignmentDialog({
  alignment,
  onDeleted,
  onClose,
}: DeleteAlignmentDialogProps) {
  const { t } = useTranslation(['alignment', 'common']);
  const deleteAlignment = useDeleteAlignment();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);

  async function handleDelete() {
    setIsDeleting(true);
    try {
      await deleteAlignment(alignment.id);
      onDeleted();
    } catch (caught) {
      setError(t(storageErrorMessageKey(caught), { ns: 'common' }));
      setIsDeleting(false);
    }
  }

  return (
    <ModalDialog title={t('deleteDialog.title')} onClose={onClose} initialFocus={cancelRef} isAlert>
      <p className="dialog__message">{t('deleteDialog.message', { name: alignment.name })}</p>
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
          data-action="confirm-delete-alignment"
          disabled={isDeleting}
          onClick={() => void handleDelete()}
        >
          {t('deleteDialog.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
