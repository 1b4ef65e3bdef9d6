import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renameProject } from '../../db/projectRepository';
import type { Project } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useDatabase } from '../DatabaseContext';

interface RenameProjectDialogProps {
  readonly project: Project;
  readonly onClose: () => void;
}

/** Renames a project; the new name is trimmed and may not be blank. */
export function RenameProjectDialog({ project, onClose }: RenameProjectDialogProps) {
  const { t } = useTranslation(['projects', 'common']);
  const database = useDatabase();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(project.name);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('renameDialog.nameRequired'));
      return;
    }
    setIsSaving(true);
    try {
      await renameProject(database, project.id, name);
      onClose();
    } catch (caught) {
      setError(t(storageErrorMessageKey(caught), { ns: 'common' }));
      setIsSaving(false);
    }
  }

  return (
    <ModalDialog title={t('renameDialog.title')} onClose={onClose} initialFocus={inputRef}>
      <form className="dialog__form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <label className="field">
          <span className="field__label">{t('renameDialog.nameLabel')}</span>
          <input
            ref={inputRef}
            className="text-input"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
            onFocus={(event) => event.target.select()}
            aria-invalid={error !== null}
          />
        </label>
        {error !== null ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {t('renameDialog.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
