import { useId, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createProjectFromText } from '../../db/projectRepository';
import { StorageInputError } from '../../db/StorageInputError';
import type { ProjectId } from '../../domain/ids';
import { MAX_TEXT_FILE_BYTES } from '../../domain/text/checkTextFileSize';
import type { TextEncodingName } from '../../domain/text/decodeTextFile';
import { TextFileError, type TextFileErrorReason } from '../../domain/text/TextFileError';
import { ModalDialog } from '../app/ModalDialog';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useDatabase } from '../DatabaseContext';
import { previewSentences } from './previewSentences';
import { readTextFile } from './readTextFile';

const PREVIEW_SENTENCE_COUNT = 3;

const SOURCE_MODES = ['paste', 'file'] as const;
type SourceMode = (typeof SOURCE_MODES)[number];

type OpenedFile =
  | { readonly status: 'none' }
  | { readonly status: 'reading'; readonly fileName: string }
  | {
      readonly status: 'loaded';
      readonly fileName: string;
      readonly text: string;
      readonly encoding: TextEncodingName;
    }
  | {
      readonly status: 'refused';
      readonly fileName: string;
      readonly reason: TextFileErrorReason | 'unreadable';
    };

interface NewProjectDialogProps {
  readonly onClose: () => void;
  readonly onCreated: (projectId: ProjectId) => void;
}

function projectNameFromFileName(fileName: string): string {
  return fileName.replace(/\.txt$/i, '').trim();
}

/** Creates a project from pasted text or an opened .txt file, with a preview of its first sentences. */
export function NewProjectDialog({ onClose, onCreated }: NewProjectDialogProps) {
  const { t } = useTranslation(['projects', 'common']);
  const database = useDatabase();
  const nameRef = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<SourceMode>('paste');
  const [pastedText, setPastedText] = useState('');
  const [openedFile, setOpenedFile] = useState<OpenedFile>({ status: 'none' });
  const [isDragOver, setIsDragOver] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [isCreating, setIsCreating] = useState(false);

  const sourceText =
    mode === 'paste' ? pastedText : openedFile.status === 'loaded' ? openedFile.text : '';
  const preview = useMemo(() => previewSentences(sourceText, PREVIEW_SENTENCE_COUNT), [sourceText]);

  async function openFile(file: File) {
    setMode('file');
    setFormError(null);
    setOpenedFile({ status: 'reading', fileName: file.name });
    try {
      const decoded = await readTextFile(file);
      setOpenedFile({ status: 'loaded', fileName: file.name, ...decoded });
      setName((current) => (current.trim() === '' ? projectNameFromFileName(file.name) : current));
    } catch (error) {
      const reason = error instanceof TextFileError ? error.reason : 'unreadable';
      setOpenedFile({ status: 'refused', fileName: file.name, reason });
    }
  }

  function handleDrop(event: DragEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsDragOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) void openFile(file);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setFormError(t('newDialog.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    if (sourceText.trim() === '') {
      setFormError(t('newDialog.textRequired'));
      return;
    }
    setIsCreating(true);
    try {
      const projectId = await createProjectFromText(database, { name, text: sourceText });
      onCreated(projectId);
    } catch (error) {
      setIsCreating(false);
      if (error instanceof StorageInputError && error.reason === 'emptyName') {
        setFormError(t('newDialog.nameRequired'));
      } else if (error instanceof StorageInputError && error.reason === 'emptyText') {
        setFormError(t('newDialog.textRequired'));
      } else {
        setFormError(t(storageErrorMessageKey(error), { ns: 'common' }));
      }
    }
  }

  return (
    <ModalDialog title={t('newDialog.title')} onClose={onClose} initialFocus={nameRef}>
      <form
        className="dialog__form new-project-form"
        onSubmit={(event) => void handleSubmit(event)}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragOver(true);
        }}
        onDragLeave={(event) => {
          const enteredElement = event.relatedTarget;
          const isStillInside =
            enteredElement instanceof Node && event.currentTarget.contains(enteredElement);
          if (!isStillInside) setIsDragOver(false);
        }}
        onDrop={handleDrop}
        noValidate
      >
        <label className="field">
          <span className="field__label">{t('newDialog.nameLabel')}</span>
          <input
            ref={nameRef}
            className="text-input"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setFormError(null);
            }}
          />
        </label>

        <fieldset className="field source-fieldset">
          <legend className="field__label">{t('newDialog.sourceLegend')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('newDialog.sourceLegend')}>
            {SOURCE_MODES.map((option) => (
              <label
                key={option}
                className={
                  mode === option
                    ? 'segmented-option segmented-option--current'
                    : 'segmented-option'
                }
              >
                <input
                  type="radio"
                  name="source-mode"
                  value={option}
                  checked={mode === option}
                  onChange={() => {
                    setMode(option);
                    setFormError(null);
                  }}
                />
                {option === 'paste' ? t('newDialog.fromPaste') : t('newDialog.fromFile')}
              </label>
            ))}
          </div>

          {mode === 'paste' ? (
            <label className="field">
              <span className="field__label visually-hidden">{t('newDialog.textLabel')}</span>
              <textarea
                className="text-area"
                rows={8}
                value={pastedText}
                placeholder={t('newDialog.textPlaceholder')}
                onChange={(event) => {
                  setPastedText(event.target.value);
                  setFormError(null);
                }}
              />
            </label>
          ) : (
            <div
              className={isDragOver ? 'drop-zone drop-zone--active' : 'drop-zone'}
              data-testid="file-drop-zone"
            >
              <input
                id={fileInputId}
                className="visually-hidden"
                type="file"
                accept=".txt,text/plain"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file !== undefined) void openFile(file);
                }}
              />
              <label className="button drop-zone__choose" htmlFor={fileInputId}>
                {t('newDialog.chooseFile')}
              </label>
              <p className="drop-zone__hint">{t('newDialog.dropHint')}</p>
              <OpenedFileStatus openedFile={openedFile} />
            </div>
          )}
        </fieldset>

        {preview.length > 0 ? (
          <section className="preview" aria-label={t('newDialog.previewTitle')}>
            <h3 className="preview__title">
              {t('newDialog.previewCaption', { count: preview.length })}
            </h3>
            <ol className="preview__list" lang="zh-CN">
              {preview.map((sentence, index) => (
                <li key={index}>{sentence}</li>
              ))}
            </ol>
          </section>
        ) : null}

        {formError !== null ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}

        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={isCreating || openedFile.status === 'reading'}
          >
            {isCreating ? t('newDialog.creating') : t('newDialog.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function OpenedFileStatus({ openedFile }: { openedFile: OpenedFile }) {
  const { t } = useTranslation('projects');
  switch (openedFile.status) {
    case 'none':
      return null;
    case 'reading':
      return (
        <p className="drop-zone__status" role="status">
          {t('newDialog.reading', { fileName: openedFile.fileName })}
        </p>
      );
    case 'loaded':
      return (
        <p className="drop-zone__status" role="status">
          {t('newDialog.fileLoaded', {
            fileName: openedFile.fileName,
            characters: openedFile.text.length,
          })}{' '}
          <span className="encoding">
            {t('newDialog.detectedEncoding', { encoding: openedFile.encoding.toUpperCase() })}
          </span>
        </p>
      );
    case 'refused':
      return (
        <p className="form-error" role="alert">
          {t(`fileErrors.${openedFile.reason}`, {
            fileName: openedFile.fileName,
            limit: MAX_TEXT_FILE_BYTES / 1024 / 1024,
          })}
        </p>
      );
  }
}
