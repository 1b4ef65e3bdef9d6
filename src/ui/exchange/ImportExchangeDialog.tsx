import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ImportCancelledError } from '../../db/ImportCancelledError';
import type { ReadExchangeFiles } from '../../domain/exchange/readExchangeFiles';
import type { DocumentId, ProjectId } from '../../domain/ids';
import { ModalDialog } from '../app/ModalDialog';
import { useExchangeImport } from '../hooks/useExchangeImport';
import { describeImportError } from './describeImportError';
import { useExchangeReader } from './useExchangeReader';
import { BundlePreview } from './BundlePreview';
import { ParallelPreview } from './ParallelPreview';
import './exchange.css';

const DESTINATIONS = ['document', 'project', 'memory'] as const;
const NEW_PROJECT_DESTINATIONS = ['project', 'memory'] as const;
type Destination = (typeof DESTINATIONS)[number];

type Phase =
  | { readonly kind: 'choose' }
  | {
      readonly kind: 'reading';
      readonly unitsRead: number;
      readonly bytesRead: number;
      readonly bytes: number;
    }
  | { readonly kind: 'preview'; readonly read: ReadExchangeFiles; readonly fileName: string }
  | { readonly kind: 'storing'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly message: string };

interface ImportExchangeDialogProps {
  /** The open project, which can receive the file as a new document; absent from the project list. */
  readonly projectId?: ProjectId;
  readonly onClose: () => void;
  /** A project was made or given a document: the workbench opens it. */
  readonly onImported?: (projectId: ProjectId, documentId: DocumentId | undefined) => void;
}

/**
 * Imports an exchange file (TMX, XLIFF, TSV, CSV, JSON Lines, a Moses pair) as a document of the
 * open project, a new project or pairs of the memory, or a project bundle as a new project. The
 * file is read and shown first (format, languages, counts, first rows); nothing is stored until
 * Import, and then in one transaction, so a refusal or a failure leaves everything as it was.
 */
export function ImportExchangeDialog({
  projectId,
  onClose,
  onImported,
}: ImportExchangeDialogProps) {
  const { t, i18n } = useTranslation(['exchange', 'projects', 'common', 'translate']);
  const storage = useExchangeImport();
  const reader = useExchangeReader();
  const fileInputId = useId();
  const nameId = useId();
  const destinationName = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [destination, setDestination] = useState<Destination>(
    projectId === undefined ? 'project' : 'document',
  );
  const [projectName, setProjectName] = useState('');
  const readingRef = useRef(0);
  const stopRef = useRef<(() => void) | undefined>(undefined);
  const numbers = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const isBusy = phase.kind === 'reading' || phase.kind === 'storing';

  useEffect(
    () => () => {
      readingRef.current += 1;
    },
    [],
  );

  async function choose(files: readonly File[]) {
    const reading = (readingRef.current += 1);
    const first = files[0];
    if (first === undefined) return;
    const fileName = files.map((file) => file.name).join(', ');
    setProblem(undefined);
    const progress = {
      unitsRead: 0,
      bytesRead: 0,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
    };
    const show = () => {
      if (readingRef.current === reading) setPhase({ kind: 'reading', ...progress });
    };
    show();
    const job = reader.read(files, (read) => {
      Object.assign(progress, read);
      show();
    });
    stopRef.current = job.cancel;
    try {
      const read = await job.result;
      if (readingRef.current !== reading) return;
      if (read.kind === 'parallel' && read.document.units.length === 0)
        throw new RangeError('empty');
      setPhase({ kind: 'preview', read, fileName });
      setProjectName(
        read.kind === 'bundle'
          ? String(read.bundle.project.name)
          : first.name.replace(/\.[^.]+$/, ''),
      );
    } catch (error) {
      if (readingRef.current !== reading) return;
      setPhase({ kind: 'choose' });
      setProblem(
        error instanceof ImportCancelledError
          ? t('exchange:import.stopped')
          : error instanceof RangeError && error.message === 'empty'
            ? t('exchange:errors.empty')
            : describeImportError(t, error, { fileName, byteSize: first.size }),
      );
      if (fileInputRef.current !== null) fileInputRef.current.value = '';
    } finally {
      if (stopRef.current === job.cancel) stopRef.current = undefined;
    }
  }

  async function confirm() {
    if (phase.kind !== 'preview') return;
    const { read, fileName } = phase;
    setProblem(undefined);
    try {
      if (read.kind === 'bundle') {
        setPhase({ kind: 'storing', done: 0, total: 1 });
        const id = await storage.importBundle(read.bundle);
        setPhase({ kind: 'done', message: t('exchange:import.stored') });
        onImported?.(id, undefined);
        return;
      }
      const total = read.document.units.length;
      setPhase({ kind: 'storing', done: 0, total });
      if (destination === 'memory') {
        const job = reader.storeMemory((done) => setPhase({ kind: 'storing', done, total }));
        stopRef.current = job.cancel;
        const added = await job.result.finally(() => {
          stopRef.current = undefined;
        });
        setPhase({
          kind: 'done',
          message: t('exchange:import.memoryDone', {
            added: numbers.format(added),
            skipped: numbers.format(total - added),
          }),
        });
        return;
      }
      const documentName = fileName.replace(/\.[^.]+$/, '');
      const result = await storage.importDocument(
        read.document,
        destination === 'document' && projectId !== undefined
          ? { projectId }
          : { newProjectName: projectName },
        documentName,
      );
      setPhase({ kind: 'done', message: t('exchange:import.stored') });
      onImported?.(result.projectId, result.documentIds[0]);
    } catch (error) {
      setPhase({ kind: 'preview', read, fileName });
      setProblem(
        error instanceof ImportCancelledError
          ? t('exchange:import.stopped')
          : describeImportError(t, error, { fileName, byteSize: 0 }),
      );
    }
  }

  return (
    <ModalDialog title={t('exchange:import.title')} onClose={isBusy ? () => undefined : onClose}>
      <div className="import-dialog" data-import-phase={phase.kind}>
        <div className="field">
          <label className="field__label" htmlFor={fileInputId}>
            {t('exchange:import.file')}
          </label>
          <input
            ref={fileInputRef}
            id={fileInputId}
            type="file"
            multiple
            data-field="import-file"
            accept=".tmx,.xlf,.xliff,.tsv,.tab,.csv,.jsonl,.json,.zh,.en,.txt,application/json,text/plain"
            disabled={isBusy}
            onChange={(event) => void choose([...(event.target.files ?? [])])}
          />
          <p className="import-dialog__hint">{t('exchange:import.fileHint')}</p>
        </div>
        {problem !== undefined ? (
          <p className="import-dialog__error" role="alert" data-import-error="">
            {problem}
          </p>
        ) : null}
        {phase.kind === 'reading' ? (
          <div className="import-progress">
            <progress
              className="import-progress__bar"
              aria-label={t('exchange:import.preview')}
              max={Math.max(1, phase.bytes)}
              value={phase.bytesRead}
            />
            <p className="import-progress__note" role="status">
              {t('exchange:import.reading', { number: numbers.format(phase.unitsRead) })}
            </p>
          </div>
        ) : null}
        {phase.kind === 'preview' && phase.read.kind === 'parallel' ? (
          <ParallelPreview read={phase.read} numbers={numbers} />
        ) : null}
        {phase.kind === 'preview' && phase.read.kind === 'bundle' ? (
          <BundlePreview bundle={phase.read.bundle} numbers={numbers} />
        ) : null}
        {phase.kind === 'preview' ? (
          <fieldset className="field import-dialog__destination">
            <legend className="field__label">{t('exchange:import.destination')}</legend>
            {phase.read.kind === 'bundle' ? (
              <p>{t('exchange:import.asBundle')}</p>
            ) : (
              (projectId === undefined ? NEW_PROJECT_DESTINATIONS : DESTINATIONS).map((option) => (
                <label key={option} className="import-dialog__choice">
                  <input
                    type="radio"
                    name={destinationName}
                    value={option}
                    data-destination={option}
                    checked={destination === option}
                    onChange={() => setDestination(option)}
                  />
                  {t(
                    option === 'document'
                      ? 'exchange:import.asDocument'
                      : option === 'project'
                        ? 'exchange:import.asProject'
                        : 'exchange:import.asMemory',
                  )}
                </label>
              ))
            )}
            {phase.read.kind === 'parallel' && destination === 'project' ? (
              <label className="field" htmlFor={nameId}>
                <span className="field__label">{t('exchange:import.projectName')}</span>
                <input
                  id={nameId}
                  className="text-input"
                  value={projectName}
                  onChange={(event) => setProjectName(event.target.value)}
                />
              </label>
            ) : null}
          </fieldset>
        ) : null}
        {phase.kind === 'storing' ? (
          <div className="import-progress">
            <progress
              className="import-progress__bar"
              aria-label={t('exchange:import.storing', { done: phase.done, total: phase.total })}
              max={Math.max(1, phase.total)}
              value={phase.done}
            />
            <p className="import-progress__note" role="status">
              {t('exchange:import.storing', {
                done: numbers.format(phase.done),
                total: numbers.format(phase.total),
              })}
            </p>
          </div>
        ) : null}
        {phase.kind === 'done' ? (
          <p className="import-dialog__done" role="status">
            {phase.message}
          </p>
        ) : null}
        <div className="dialog__actions">
          {isBusy ? (
            <button
              type="button"
              className="button"
              data-action="stop-import"
              onClick={() => stopRef.current?.()}
            >
              {t('exchange:import.stop')}
            </button>
          ) : null}
          <button type="button" className="button" disabled={isBusy} onClick={onClose}>
            {phase.kind === 'done' ? t('exchange:export.close') : t('exchange:import.cancel')}
          </button>
          {phase.kind === 'preview' ? (
            <button
              type="button"
              className="button button--primary"
              data-action="confirm-import"
              disabled={
                destination === 'project' &&
                phase.read.kind === 'parallel' &&
                projectName.trim() === ''
              }
              onClick={() => void confirm()}
            >
              {t('exchange:import.confirm')}
            </button>
          ) : null}
        </div>
      </div>
    </ModalDialog>
  );
}
