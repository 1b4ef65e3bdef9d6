import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryImportChoice } from '../../db/glossaryRepository';
import { conceptsFromEntries } from '../../domain/glossary/conceptsFromEntries';
import { countGlossaryImport } from '../../domain/glossary/countGlossaryImport';
import {
  planGlossaryImport,
  type GlossaryImportMode,
  type GlossaryImportPlan,
} from '../../domain/glossary/planGlossaryImport';
import { readGlossaryFile, type GlossaryFileFormat } from '../../domain/glossary/readGlossaryFile';
import { decodeTextFile } from '../../domain/text/decodeTextFile';
import type { Glossary, StoredGlossaryEntry } from '../../domain/model';
import { ModalDialog } from '../app/ModalDialog';
import { useGlossaryEditing } from '../hooks/useGlossaryEditing';
import { describeGlossaryFileError } from './describeGlossaryFileError';
import { glossaryProblemKey } from './glossaryProblemKey';
import { glossaryDisplayName } from './glossaryDisplayName';

interface ReadFile {
  readonly fileName: string;
  readonly format: GlossaryFileFormat;
  readonly plan: GlossaryImportPlan<StoredGlossaryEntry>;
  readonly skippedLines: readonly number[];
}

export interface GlossaryImportDialogProps {
  readonly glossary: Glossary;
  readonly entries: readonly StoredGlossaryEntry[];
  readonly onClose: () => void;
  /** Called once the import is stored, with the number of entries written. */
  readonly onImported: (written: number) => void;
}

/**
 * Imports a TSV, CSV, TBX v3 or TBX v2 file into a glossary: reads it, shows how many entries
 * would be new, changed and conflicting, lets the user merge or replace, and writes nothing
 * until Import is pressed (then in one transaction). A refused file changes nothing and says
 * where it is wrong.
 */
export function GlossaryImportDialog({
  glossary,
  entries,
  onClose,
  onImported,
}: GlossaryImportDialogProps) {
  const { t } = useTranslation('glossary');
  const editing = useGlossaryEditing();
  const inputId = useId();
  const [read, setRead] = useState<ReadFile | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [choice, setChoice] = useState<GlossaryImportChoice>({
    mode: 'merge',
    onConflict: 'theirs',
  });
  const counts = useMemo(
    () => (read === undefined ? undefined : countGlossaryImport(read.plan, choice.mode)),
    [read, choice.mode],
  );

  const openFile = async (file: File) => {
    setRead(undefined);
    setProblem(undefined);
    setIsBusy(true);
    try {
      const { text } = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
      const { format, entries: lines, skippedLines } = await readGlossaryFile(text, file.name);
      setRead({
        fileName: file.name,
        format,
        plan: planGlossaryImport(entries, conceptsFromEntries(lines)),
        skippedLines,
      });
    } catch (error) {
      setProblem(
        describeGlossaryFileError(error, t) ?? t('fileError.unreadable', { name: file.name }),
      );
    } finally {
      setIsBusy(false);
    }
  };

  const confirm = async () => {
    if (read === undefined) return;
    setIsBusy(true);
    try {
      const written = await editing.applyImport(glossary.id, read.plan, choice);
      onImported(written);
    } catch (error) {
      setProblem(t(glossaryProblemKey(error)));
      setIsBusy(false);
    }
  };

  const setMode = (mode: GlossaryImportMode) => setChoice((current) => ({ ...current, mode }));

  return (
    <ModalDialog
      title={t('import.title', { name: glossaryDisplayName(glossary, t) })}
      onClose={onClose}
    >
      <div className="dialog__form glossary-import" data-role="glossary-import">
        <label className="field" htmlFor={inputId}>
          <span className="field__label">{t('import.fileLabel')}</span>
          <input
            id={inputId}
            type="file"
            accept=".tsv,.tab,.csv,.tbx,.xml,.txt,text/tab-separated-values,text/csv,application/xml"
            disabled={isBusy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) void openFile(file);
            }}
          />
        </label>
        <p className="side-panel__hint">{t('import.hint')}</p>
        {problem !== undefined ? (
          <p className="form-error" role="alert" data-role="import-error">
            {problem}
          </p>
        ) : null}
        {read !== undefined && counts !== undefined ? (
          <section className="glossary-import__preview" aria-label={t('import.previewLabel')}>
            <p>
              {t('import.read', {
                name: read.fileName,
                format: t(`format.${read.format}`),
                count: read.plan.added.length + read.plan.matched.length,
              })}
            </p>
            <dl className="glossary-import__counts" data-role="import-counts">
              <div data-count="added">
                <dt>{t('import.added')}</dt>
                <dd>{counts.added}</dd>
              </div>
              <div data-count="changed">
                <dt>{t('import.changed')}</dt>
                <dd>{counts.changed}</dd>
              </div>
              <div data-count="conflicting">
                <dt>{t('import.conflicting')}</dt>
                <dd>{counts.conflicting}</dd>
              </div>
              <div data-count="unchanged">
                <dt>{t('import.unchanged')}</dt>
                <dd>{counts.unchanged}</dd>
              </div>
              {choice.mode === 'replace' ? (
                <div data-count="removed">
                  <dt>{t('import.removed')}</dt>
                  <dd>{counts.removed}</dd>
                </div>
              ) : null}
            </dl>
            {read.skippedLines.length > 0 ? (
              <p className="side-panel__hint">
                {t('import.skipped', {
                  count: read.skippedLines.length,
                  lines: read.skippedLines.join(', '),
                })}
              </p>
            ) : null}
            <fieldset className="glossary-import__choice">
              <legend className="field__label">{t('import.modeLegend')}</legend>
              <label>
                <input
                  type="radio"
                  name={`${inputId}-mode`}
                  checked={choice.mode === 'merge'}
                  onChange={() => setMode('merge')}
                />
                {t('import.merge')}
              </label>
              <label>
                <input
                  type="radio"
                  name={`${inputId}-mode`}
                  checked={choice.mode === 'replace'}
                  onChange={() => setMode('replace')}
                />
                {t('import.replace')}
              </label>
            </fieldset>
            {choice.mode === 'merge' && counts.conflicting > 0 ? (
              <fieldset className="glossary-import__choice">
                <legend className="field__label">{t('import.conflictLegend')}</legend>
                <label>
                  <input
                    type="radio"
                    name={`${inputId}-conflict`}
                    checked={choice.onConflict === 'theirs'}
                    onChange={() => setChoice((current) => ({ ...current, onConflict: 'theirs' }))}
                  />
                  {t('import.takeTheirs')}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`${inputId}-conflict`}
                    checked={choice.onConflict === 'mine'}
                    onChange={() => setChoice((current) => ({ ...current, onConflict: 'mine' }))}
                  />
                  {t('import.keepMine')}
                </label>
              </fieldset>
            ) : null}
          </section>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-action="confirm-glossary-import"
            disabled={read === undefined || isBusy}
            onClick={() => void confirm()}
          >
            {t('import.confirm')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
