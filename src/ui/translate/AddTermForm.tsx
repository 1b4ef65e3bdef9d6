import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PartOfSpeechSelect } from '../glossary/PartOfSpeechSelect';
import type { PartOfSpeech } from '../../domain/glossary/glossaryEntry';
import { addTermProblemKey } from '../app/addTermProblemKey';

/** A term as the form gives it: the project's glossary adds it as an entry or a rendering. */
export interface NewTerm {
  readonly source: string;
  readonly target: string;
  readonly partOfSpeech: PartOfSpeech | undefined;
  readonly note: string;
}

export interface AddTermFormProps {
  readonly initialSource: string;
  readonly initialTarget: string;
  /** Stores the term; on a rejection the form says why, in the UI language, and stays open. */
  readonly onSubmit: (term: NewTerm) => Promise<void>;
  readonly onCancel: () => void;
}

/** A small form for one new glossary term, prefilled from the selected source and target text. */
export function AddTermForm({
  initialSource,
  initialTarget,
  onSubmit,
  onCancel,
}: AddTermFormProps) {
  const { t } = useTranslation('translate');
  const id = useId();
  const [source, setSource] = useState(initialSource);
  const [target, setTarget] = useState(initialTarget);
  const [partOfSpeech, setPartOfSpeech] = useState<PartOfSpeech | undefined>(undefined);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (source.trim() === '') return setProblem(t('addTerm.sourceRequired'));
    if (target.trim() === '') return setProblem(t('addTerm.targetRequired'));
    setIsSaving(true);
    setProblem(undefined);
    try {
      await onSubmit({
        source: source.trim(),
        target: target.trim(),
        partOfSpeech,
        note: note.trim(),
      });
    } catch (error) {
      setProblem(t(addTermProblemKey(error)));
      setIsSaving(false);
    }
  };

  return (
    <section
      className="side-panel add-term"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('addTerm.title')}</h2>
      <p className="side-panel__hint">{t('addTerm.hint')}</p>
      <form className="add-term__form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={`${id}-source`}>{t('addTerm.source')}</label>
        <input
          id={`${id}-source`}
          lang="zh-Hans"
          value={source}
          onChange={(event) => setSource(event.target.value)}
          autoFocus
          required
        />
        <label htmlFor={`${id}-target`}>{t('addTerm.target')}</label>
        <input
          id={`${id}-target`}
          lang="en"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          required
        />
        <label htmlFor={`${id}-pos`}>{t('addTerm.partOfSpeech')}</label>
        <PartOfSpeechSelect id={`${id}-pos`} value={partOfSpeech} onChange={setPartOfSpeech} />
        <label htmlFor={`${id}-note`}>{t('addTerm.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {problem !== undefined ? (
          <p className="add-term__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="add-term__actions">
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {isSaving ? t('addTerm.saving') : t('addTerm.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('addTerm.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
