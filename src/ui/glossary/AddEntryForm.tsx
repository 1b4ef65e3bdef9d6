import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PartOfSpeechSelect } from './PartOfSpeechSelect';
import { TermStatusSelect } from './TermStatusSelect';
import { type PartOfSpeech, type TermStatus } from '../../domain/glossary/glossaryEntry';

export interface NewGlossaryEntry {
  readonly term: string;
  readonly rendering: string;
  readonly status: TermStatus;
  readonly partOfSpeech: PartOfSpeech | undefined;
  readonly domain: string;
}

/**
 * The row above the table that adds an entry: term, rendering, status, part of speech, domain.
 * The screen decides what adding does (a new entry, or the existing one opened with the rendering).
 */
export function AddEntryForm({ onAdd }: { onAdd: (entry: NewGlossaryEntry) => Promise<boolean> }) {
  const { t } = useTranslation('glossary');
  const [term, setTerm] = useState('');
  const [rendering, setRendering] = useState('');
  const [status, setStatus] = useState<TermStatus>('preferred');
  const [partOfSpeech, setPartOfSpeech] = useState<PartOfSpeech | undefined>(undefined);
  const [domain, setDomain] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (term.trim() === '') return setProblem(t('problem.termRequired'));
    if (rendering.trim() === '') return setProblem(t('problem.renderingRequired'));
    setProblem(undefined);
    const isDone = await onAdd({
      term: term.trim(),
      rendering: rendering.trim(),
      status,
      partOfSpeech,
      domain: domain.trim(),
    });
    if (isDone) {
      setTerm('');
      setRendering('');
    }
  };

  return (
    <form
      className="add-entry"
      aria-label={t('add.label')}
      data-role="add-entry"
      onSubmit={(event) => void submit(event)}
    >
      <input
        className="text-input"
        lang="zh-Hans"
        aria-label={t('column.term')}
        placeholder={t('add.termPlaceholder')}
        value={term}
        onChange={(event) => setTerm(event.target.value)}
      />
      <input
        className="text-input"
        lang="en"
        aria-label={t('add.rendering')}
        placeholder={t('add.renderingPlaceholder')}
        value={rendering}
        onChange={(event) => setRendering(event.target.value)}
      />
      <TermStatusSelect
        className="text-input"
        aria-label={t('add.status')}
        value={status}
        onChange={(value) => {
          if (value !== undefined) setStatus(value);
        }}
      />
      <PartOfSpeechSelect
        className="text-input"
        aria-label={t('column.partOfSpeech')}
        value={partOfSpeech}
        onChange={setPartOfSpeech}
      />
      <input
        className="text-input"
        aria-label={t('column.domain')}
        placeholder={t('add.domainPlaceholder')}
        value={domain}
        onChange={(event) => setDomain(event.target.value)}
      />
      <button
        type="submit"
        className="button button--small button--primary"
        data-action="add-entry"
      >
        {t('add.button')}
      </button>
      {problem !== undefined ? (
        <p className="form-error add-entry__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
