import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ImportCancelledError } from '../../db/ImportCancelledError';
import type { ImportSource } from '../../db/importProject';
import type { GlossaryId, ProjectId } from '../../domain/ids';
import { countChineseCharacters } from '../../domain/progress/countChineseCharacters';
import { MAX_TEXT_FILE_BYTES } from '../../domain/text/checkTextFileSize';
import { findUnsafeCharacters } from '../../domain/text/findUnsafeCharacters';
import { removeUnsafeCharacters } from '../../domain/text/removeUnsafeCharacters';
import type { TextEncodingName } from '../../domain/text/textEncodingName';
import type { TextFileErrorDetails, TextFileErrorReason } from '../../domain/text/TextFileError';
import type { ProjectImportJob } from '../../workers/createProjectImporter';
import { ProjectImportFailedError } from '../../workers/ProjectImportFailedError';
import type { ProjectImportFailure } from '../../workers/projectImportProtocol';
import { ModalDialog } from '../app/ModalDialog';
import { useDatabase } from '../DatabaseContext';
import { previewSentences } from './previewSentences';
import { useProjectImporter } from './useProjectImporter';
import { NewProjectGlossaries } from './NewProjectGlossaries';
import { useGlossaries } from '../hooks/useGlossaries';
import { useGlossaryEditing } from '../hooks/useGlossaryEditing';

const PREVIEW_SENTENCE_COUNT = 3;
const HAS_TEXT = /\S/u;

const SOURCE_MODES = ['paste', 'file'] as const;
type SourceMode = (typeof SOURCE_MODES)[number];

interface FileRefusal {
  readonly reason: TextFileErrorReason | 'unreadable';
  readonly details: TextFileErrorDetails;
}

type OpenedFile =
  | { readonly status: 'none' }
  | { readonly status: 'reading'; readonly fileName: string }
  | {
      readonly status: 'loaded';
      readonly fileName: string;
      readonly file: File;
      readonly encoding: TextEncodingName;
      readonly headText: string;
      /** null while the worker counts them. */
      readonly chineseCharacters: number | null;
    }
  | { readonly status: 'refused'; readonly fileName: string; readonly refusal: FileRefusal };

type Creation =
  | { readonly status: 'idle' }
  | {
      readonly status: 'creating';
      readonly fraction: number;
      readonly segments: number;
      readonly isAskingToStop: boolean;
    }
  | { readonly status: 'stopping' }
  | { readonly status: 'stopped' };

interface NewProjectDialogProps {
  readonly onClose: () => void;
  readonly onCreated: (projectId: ProjectId) => void;
}

function projectNameFromFileName(fileName: string): string {
  return fileName.replace(/\.txt$/i, '').trim();
}

function refusalOf(failure: ProjectImportFailure): FileRefusal {
  return failure.kind === 'textFile'
    ? { reason: failure.reason, details: failure.details }
    : { reason: 'unreadable', details: {} };
}

function refusalMessage(
  t: TFunction<'projects'>,
  fileName: string,
  { reason, details }: FileRefusal,
): string {
  const encoding = details.likelyEncoding ?? details.encoding;
  return t(`fileErrors.${reason}`, {
    fileName,
    limit: MAX_TEXT_FILE_BYTES / 1024 / 1024,
    encoding: encoding === undefined ? '' : t(`encodingNames.${encoding}`),
    language:
      details.likelyEncoding === undefined ? '' : t(`encodingLanguages.${details.likelyEncoding}`),
    line: details.line ?? 0,
  });
}

/**
 * Creates a project from pasted text or an opened .txt file, with a preview of its first
 * sentences. The import worker reads, segments and stores it while a bar shows the progress;
 * stopping it removes what it stored.
 */
export function NewProjectDialog({ onClose, onCreated }: NewProjectDialogProps) {
  const { t, i18n } = useTranslation(['projects', 'common']);
  const database = useDatabase();
  const importer = useProjectImporter();
  const glossaries = useGlossaries();
  const glossaryEditing = useGlossaryEditing();
  const [chosenGlossaries, setChosenGlossaries] = useState<ReadonlySet<GlossaryId> | undefined>(
    undefined,
  );
  const glossaryChoice =
    chosenGlossaries ??
    new Set(
      (glossaries ?? []).filter((glossary) => glossary.isStarter).map((glossary) => glossary.id),
    );
  const nameRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const fileInputId = useId();
  const [name, setName] = useState('');
  const [mode, setMode] = useState<SourceMode>('paste');
  const [pastedText, setPastedText] = useState('');
  const [openedFile, setOpenedFile] = useState<OpenedFile>({ status: 'none' });
  const [isDragOver, setIsDragOver] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [creation, setCreation] = useState<Creation>({ status: 'idle' });
  const inspectionRef = useRef<ProjectImportJob<unknown> | null>(null);
  const importRef = useRef<ProjectImportJob<unknown> | null>(null);

  useEffect(
    () => () => {
      inspectionRef.current?.cancel();
      importRef.current?.cancel();
    },
    [],
  );

  const numberFormat = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const pasteProblems = useMemo(() => findUnsafeCharacters(pastedText), [pastedText]);
  const unsafeCount = pasteProblems.nulCharacters + pasteProblems.loneSurrogates;
  const pastedChineseCharacters = useMemo(() => countChineseCharacters(pastedText), [pastedText]);
  const headText =
    mode === 'paste' ? pastedText : openedFile.status === 'loaded' ? openedFile.headText : '';
  const preview = useMemo(() => previewSentences(headText, PREVIEW_SENTENCE_COUNT), [headText]);
  const hasText =
    mode === 'paste'
      ? unsafeCount === 0 && HAS_TEXT.test(pastedText)
      : openedFile.status === 'loaded';
  const isBusy = creation.status === 'creating' || creation.status === 'stopping';

  async function openFile(file: File) {
    setMode('file');
    setFormError(null);
    setCreation({ status: 'idle' });
    setOpenedFile({ status: 'reading', fileName: file.name });
    inspectionRef.current?.cancel();
    const fileName = file.name;
    try {
      const job = (await importer()).inspect(file, ({ encoding, headText: head }) => {
        if (inspectionRef.current !== job) return;
        setOpenedFile({
          status: 'loaded',
          fileName,
          file,
          encoding,
          headText: head,
          chineseCharacters: null,
        });
        setName((current) => (current.trim() === '' ? projectNameFromFileName(fileName) : current));
      });
      inspectionRef.current = job;
      const { chineseCharacters } = await job.result;
      if (inspectionRef.current !== job) return;
      setOpenedFile((current) =>
        current.status === 'loaded' && current.file === file
          ? { ...current, chineseCharacters }
          : current,
      );
    } catch (error) {
      if (error instanceof ImportCancelledError) return;
      const refusal =
        error instanceof ProjectImportFailedError
          ? refusalOf(error.failure)
          : { reason: 'unreadable' as const, details: {} };
      setOpenedFile((current) =>
        current.status !== 'none' && current.fileName === fileName
          ? { status: 'refused', fileName, refusal }
          : current,
      );
    }
  }

  function handleDrop(event: DragEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsDragOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && !isBusy) void openFile(file);
  }

  function failureMessage(failure: ProjectImportFailure): string {
    if (failure.kind === 'input' && failure.reason === 'emptyName')
      return t('newDialog.nameRequired');
    if (failure.kind === 'input') return t('newDialog.textRequired');
    if (failure.kind === 'textFile') return t('newDialog.pasteRefused');
    return t(`storageError.${failure.storageKind}`, { ns: 'common' });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy || !hasText) return;
    if (name.trim() === '') {
      setFormError(t('newDialog.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    const source: ImportSource | null =
      mode === 'paste'
        ? { kind: 'text', text: pastedText }
        : openedFile.status === 'loaded'
          ? { kind: 'file', file: openedFile.file }
          : null;
    if (source === null) return;
    setFormError(null);
    setCreation({ status: 'creating', fraction: 0, segments: 0, isAskingToStop: false });
    // The inputs and Create are disabled while it runs: keep the focus in the dialog.
    cancelRef.current?.focus();
    try {
      const job = (await importer()).importProject(
        { databaseName: database.name, name, source },
        ({ fraction, segments }) =>
          setCreation((current) =>
            current.status === 'creating' ? { ...current, fraction, segments } : current,
          ),
      );
      importRef.current = job;
      const { projectId } = await job.result;
      importRef.current = null;
      // The project opens at once (the list shows it as open); its glossaries follow a moment
      // later, and a failure to link them leaves them to be chosen on the glossary screen.
      onCreated(projectId);
      const chosenIds = (glossaries ?? [])
        .filter((glossary) => glossaryChoice.has(glossary.id))
        .map((glossary) => glossary.id);
      glossaryEditing.setProjectGlossaries(projectId, chosenIds).catch((error: unknown) => {
        console.error('The new project’s glossaries could not be linked.', error);
      });
    } catch (error) {
      importRef.current = null;
      if (error instanceof ImportCancelledError) {
        setCreation({ status: 'stopped' });
        createRef.current?.focus();
        return;
      }
      setCreation({ status: 'idle' });
      if (!(error instanceof ProjectImportFailedError)) {
        setFormError(t('storageError.unknown', { ns: 'common' }));
      } else if (source.kind === 'file' && error.failure.kind === 'textFile') {
        setOpenedFile({
          status: 'refused',
          fileName: source.file instanceof File ? source.file.name : '',
          refusal: refusalOf(error.failure),
        });
      } else {
        setFormError(failureMessage(error.failure));
      }
    }
  }

  function askToStop() {
    setCreation((current) =>
      current.status === 'creating' ? { ...current, isAskingToStop: true } : current,
    );
  }

  function stop() {
    setCreation({ status: 'stopping' });
    importRef.current?.cancel();
  }

  function keepGoing() {
    setCreation((current) =>
      current.status === 'creating' ? { ...current, isAskingToStop: false } : current,
    );
    cancelRef.current?.focus();
  }

  return (
    <ModalDialog
      title={t('newDialog.title')}
      onClose={isBusy ? askToStop : onClose}
      initialFocus={nameRef}
    >
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
        <fieldset className="new-project-form__inputs" disabled={isBusy}>
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
              <>
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
                      setCreation({ status: 'idle' });
                    }}
                  />
                </label>
                {pastedChineseCharacters > 0 ? (
                  <p className="drop-zone__status">
                    {t('newDialog.pastedCharacters', {
                      count: pastedChineseCharacters,
                      characters: numberFormat.format(pastedChineseCharacters),
                    })}
                  </p>
                ) : null}
                {unsafeCount > 0 ? (
                  <div className="form-error form-error--with-action" role="alert">
                    <span>
                      {t('newDialog.unsafeCharacters', {
                        count: unsafeCount,
                        characters: numberFormat.format(unsafeCount),
                      })}
                    </span>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setPastedText(removeUnsafeCharacters(pastedText))}
                    >
                      {t('newDialog.removeUnsafe')}
                    </button>
                  </div>
                ) : null}
              </>
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
                <OpenedFileStatus openedFile={openedFile} numberFormat={numberFormat} />
              </div>
            )}
          </fieldset>
          <NewProjectGlossaries
            glossaries={glossaries ?? []}
            chosen={glossaryChoice}
            onChange={setChosenGlossaries}
          />
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

        <CreationStatus
          creation={creation}
          name={name.trim()}
          numberFormat={numberFormat}
          onStop={stop}
          onKeepGoing={keepGoing}
        />

        {formError !== null ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}

        <div className="dialog__actions">
          <button
            ref={cancelRef}
            type="button"
            className="button"
            disabled={creation.status === 'stopping'}
            onClick={isBusy ? askToStop : onClose}
          >
            {t('actions.cancel', { ns: 'common' })}
          </button>
          <button
            ref={createRef}
            type="submit"
            className="button button--primary"
            disabled={isBusy || !hasText}
          >
            {isBusy ? t('newDialog.creating') : t('newDialog.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

interface CreationStatusProps {
  readonly creation: Creation;
  readonly name: string;
  readonly numberFormat: Intl.NumberFormat;
  readonly onStop: () => void;
  readonly onKeepGoing: () => void;
}

function CreationStatus({
  creation,
  name,
  numberFormat,
  onStop,
  onKeepGoing,
}: CreationStatusProps) {
  const { t, i18n } = useTranslation('projects');
  switch (creation.status) {
    case 'idle':
      return null;
    case 'stopping':
    case 'stopped':
      return (
        <p className="import-progress__note" role="status">
          {creation.status === 'stopping' ? t('newDialog.stopping') : t('newDialog.stopped')}
        </p>
      );
    case 'creating': {
      const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
      return (
        <div className="import-progress">
          <progress
            className="import-progress__bar"
            aria-label={t('newDialog.progressLabel')}
            max={1}
            value={creation.fraction}
          />
          <p className="import-progress__note" role="status">
            {t('newDialog.progress', {
              segments: numberFormat.format(creation.segments),
              percent: percent.format(creation.fraction),
            })}
          </p>
          {creation.isAskingToStop ? (
            <div
              className="import-progress__question"
              role="group"
              aria-label={t('newDialog.stop')}
            >
              <p>{t('newDialog.stopQuestion', { name })}</p>
              <button type="button" className="button button--danger" onClick={onStop}>
                {t('newDialog.stop')}
              </button>
              <button type="button" className="button" onClick={onKeepGoing} autoFocus>
                {t('newDialog.keepGoing')}
              </button>
            </div>
          ) : null}
        </div>
      );
    }
  }
}

interface OpenedFileStatusProps {
  readonly openedFile: OpenedFile;
  readonly numberFormat: Intl.NumberFormat;
}

function OpenedFileStatus({ openedFile, numberFormat }: OpenedFileStatusProps) {
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
    case 'loaded': {
      const { fileName, chineseCharacters, encoding } = openedFile;
      return (
        <p className="drop-zone__status" role="status">
          {chineseCharacters === null
            ? t('newDialog.fileCounting', { fileName })
            : t('newDialog.fileLoaded', {
                fileName,
                count: chineseCharacters,
                characters: numberFormat.format(chineseCharacters),
              })}{' '}
          <span className="encoding">
            {t('newDialog.detectedEncoding', { encoding: t(`encodingNames.${encoding}`) })}
          </span>
          {encoding === 'big5' || encoding === 'windows-1252' ? (
            <> {t(`newDialog.encodingNotes.${encoding}`)}</>
          ) : null}
        </p>
      );
    }
    case 'refused':
      return (
        <p className="form-error" role="alert">
          {refusalMessage(t, openedFile.fileName, openedFile.refusal)}
        </p>
      );
  }
}
