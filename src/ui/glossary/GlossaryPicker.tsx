import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryId } from '../../domain/ids';
import type { Glossary, Project } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { useGlossaryEditing } from '../hooks/useGlossaryEditing';
import { glossaryDisplayName } from './glossaryDisplayName';

export interface GlossaryPickerProps {
  readonly glossaries: readonly Glossary[];
  readonly glossaryId: GlossaryId | undefined;
  readonly onChoose: (glossaryId: GlossaryId) => void;
  readonly project: Project | undefined;
  readonly projectGlossaryIds: readonly GlossaryId[] | undefined;
  readonly onProblem: (error: unknown) => void;
}

type NameForm = { readonly kind: 'new' } | { readonly kind: 'rename'; readonly glossary: Glossary };

/**
 * Which glossary the screen shows (with new, rename and delete) and which glossaries the open
 * project uses, each a checkbox.
 */
export function GlossaryPicker({
  glossaries,
  glossaryId,
  onChoose,
  project,
  projectGlossaryIds,
  onProblem,
}: GlossaryPickerProps) {
  const { t } = useTranslation('glossary');
  const editing = useGlossaryEditing();
  const [nameForm, setNameForm] = useState<NameForm | undefined>(undefined);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<Glossary | undefined>(undefined);
  const glossary = glossaries.find((candidate) => candidate.id === glossaryId);

  const submitName = async (event: FormEvent) => {
    event.preventDefault();
    if (nameForm === undefined) return;
    try {
      if (nameForm.kind === 'new') onChoose((await editing.createGlossary(name)).id);
      else await editing.renameGlossary(nameForm.glossary.id, name);
      setNameForm(undefined);
    } catch (error) {
      onProblem(error);
    }
  };

  const toggleUse = async (id: GlossaryId, isUsed: boolean) => {
    if (project === undefined || projectGlossaryIds === undefined) return;
    const ids = isUsed
      ? [...projectGlossaryIds, id]
      : projectGlossaryIds.filter((known) => known !== id);
    try {
      await editing.setProjectGlossaries(project.id, ids);
    } catch (error) {
      onProblem(error);
    }
  };

  return (
    <div className="glossary-picker">
      <label className="glossary-picker__choice">
        <span className="field__label">{t('picker.label')}</span>
        <select
          className="text-input"
          data-role="glossary-choice"
          value={glossaryId ?? ''}
          onChange={(event) => {
            const chosen = glossaries.find((candidate) => candidate.id === event.target.value);
            if (chosen !== undefined) onChoose(chosen.id);
          }}
        >
          {glossaries.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {glossaryDisplayName(candidate, t)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        data-action="new-glossary"
        onClick={() => {
          setName('');
          setNameForm({ kind: 'new' });
        }}
      >
        {t('picker.new')}
      </button>
      {glossary !== undefined ? (
        <>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setName(glossary.name);
              setNameForm({ kind: 'rename', glossary });
            }}
          >
            {t('picker.rename')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setDeleting(glossary)}
          >
            {t('picker.delete')}
          </button>
        </>
      ) : null}
      {project !== undefined && projectGlossaryIds !== undefined ? (
        <fieldset className="glossary-picker__uses" data-role="project-glossaries">
          <legend className="field__label">{t('picker.usedBy', { name: project.name })}</legend>
          {glossaries.map((candidate) => (
            <label key={candidate.id}>
              <input
                type="checkbox"
                data-glossary-id={candidate.id}
                checked={projectGlossaryIds.includes(candidate.id)}
                onChange={(event) => void toggleUse(candidate.id, event.target.checked)}
              />
              {glossaryDisplayName(candidate, t)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {nameForm !== undefined ? (
        <ModalDialog
          title={nameForm.kind === 'new' ? t('picker.newTitle') : t('picker.renameTitle')}
          onClose={() => setNameForm(undefined)}
        >
          <form className="dialog__form" onSubmit={(event) => void submitName(event)}>
            <label className="field">
              <span className="field__label">{t('picker.nameLabel')}</span>
              <input
                className="text-input"
                value={name}
                autoFocus
                onChange={(event) => setName(event.target.value)}
              />
            </label>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={() => setNameForm(undefined)}>
                {t('actions.cancel', { ns: 'common' })}
              </button>
              <button
                type="submit"
                className="button button--primary"
                data-action="save-glossary-name"
              >
                {nameForm.kind === 'new' ? t('picker.create') : t('picker.save')}
              </button>
            </div>
          </form>
        </ModalDialog>
      ) : null}
      {deleting !== undefined ? (
        <ModalDialog title={t('picker.deleteTitle')} onClose={() => setDeleting(undefined)} isAlert>
          <p className="dialog__message">
            {t('picker.deleteMessage', {
              name: glossaryDisplayName(deleting, t),
            })}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setDeleting(undefined)}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                editing.deleteGlossary(deleting.id).then(() => setDeleting(undefined), onProblem);
              }}
            >
              {t('picker.deleteConfirm')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </div>
  );
}
