import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PartOfSpeechSelect } from './PartOfSpeechSelect';
import { TermStatusSelect } from './TermStatusSelect';
import {
  type GlossaryConcept,
  type PartOfSpeech,
  type TermRendering,
} from '../../domain/glossary/glossaryEntry';
import { glossaryProblemKey } from './glossaryProblemKey';

export interface GlossaryEntryEditorProps {
  readonly initial: GlossaryConcept;
  /** Stores the concept; on a refusal the editor says why and stays open. */
  readonly onSave: (concept: GlossaryConcept) => Promise<void>;
  readonly onCancel: () => void;
  /** Focuses this rendering's text on opening (a rendering added to an existing entry). */
  readonly focusRendering?: number;
}

/** Every field of a glossary entry, edited in place: the term, its variants, its renderings with their statuses. */
export function GlossaryEntryEditor({
  initial,
  onSave,
  onCancel,
  focusRendering,
}: GlossaryEntryEditorProps) {
  const { t } = useTranslation('glossary');
  const id = useId();
  const [term, setTerm] = useState(initial.term);
  const [variants, setVariants] = useState(initial.variants.map((v) => v.text).join('; '));
  const [renderings, setRenderings] = useState<readonly TermRendering[]>(
    initial.renderings.length === 0
      ? [{ text: '', status: 'preferred', note: '' }]
      : initial.renderings,
  );
  const [partOfSpeech, setPartOfSpeech] = useState<PartOfSpeech | undefined>(initial.partOfSpeech);
  const [domain, setDomain] = useState(initial.domain);
  const [definition, setDefinition] = useState(initial.definition);
  const [note, setNote] = useState(initial.note);
  const [source, setSource] = useState(initial.source);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const changeRendering = (index: number, change: Partial<TermRendering>) =>
    setRenderings((list) =>
      list.map((rendering, at) => (at === index ? { ...rendering, ...change } : rendering)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const kept = renderings
      .map((rendering) => ({
        ...rendering,
        text: rendering.text.trim(),
        note: rendering.note.trim(),
      }))
      .filter((rendering) => rendering.text !== '');
    if (term.trim() === '') return setProblem(t('problem.termRequired'));
    if (kept.length === 0) return setProblem(t('problem.renderingRequired'));
    setIsSaving(true);
    setProblem(undefined);
    try {
      await onSave({
        ...initial,
        term: term.trim(),
        variants: variants
          .split(/[;；]/)
          .map((text) => text.trim())
          .filter((text) => text !== '' && text !== term.trim())
          .map(
            (text) =>
              initial.variants.find((known) => known.text === text) ?? {
                text,
                kind: 'variant' as const,
              },
          ),
        renderings: kept,
        partOfSpeech,
        domain: domain.trim(),
        definition: definition.trim(),
        note: note.trim(),
        source: source.trim(),
      });
    } catch (error) {
      setProblem(t(glossaryProblemKey(error)));
      setIsSaving(false);
    }
  };

  return (
    <form
      className="entry-editor"
      aria-label={t('editor.label', { term: initial.term === '' ? term : initial.term })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <div className="entry-editor__grid">
        <label className="field">
          <span className="field__label">{t('column.term')}</span>
          <input
            className="text-input"
            lang="zh-Hans"
            value={term}
            autoFocus={focusRendering === undefined}
            onChange={(event) => setTerm(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('editor.variants')}</span>
          <input
            className="text-input"
            lang="zh"
            value={variants}
            placeholder={t('editor.variantsHint')}
            onChange={(event) => setVariants(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('column.partOfSpeech')}</span>
          <PartOfSpeechSelect
            className="text-input"
            value={partOfSpeech}
            onChange={setPartOfSpeech}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('column.domain')}</span>
          <input
            className="text-input"
            value={domain}
            onChange={(event) => setDomain(event.target.value)}
          />
        </label>
      </div>
      <fieldset className="entry-editor__renderings">
        <legend className="field__label">{t('editor.renderings')}</legend>
        {renderings.map((rendering, index) => (
          <div className="entry-editor__rendering" key={index} data-rendering-index={index}>
            <input
              className="text-input"
              lang="en"
              aria-label={t('editor.renderingText', { number: index + 1 })}
              value={rendering.text}
              autoFocus={focusRendering === index}
              onChange={(event) => changeRendering(index, { text: event.target.value })}
            />
            <TermStatusSelect
              className="text-input"
              aria-label={t('editor.renderingStatus', { number: index + 1 })}
              value={rendering.status}
              onChange={(status) => {
                if (status !== undefined) changeRendering(index, { status });
              }}
            />
            <input
              className="text-input"
              aria-label={t('editor.renderingNote', { number: index + 1 })}
              placeholder={t('editor.renderingNoteHint')}
              value={rendering.note}
              onChange={(event) => changeRendering(index, { note: event.target.value })}
            />
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('editor.removeRendering', { number: index + 1 })}
              disabled={renderings.length === 1}
              onClick={() => setRenderings((list) => list.filter((_, at) => at !== index))}
            >
              {t('editor.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setRenderings((list) => [...list, { text: '', status: 'admitted', note: '' }])
          }
        >
          {t('editor.addRendering')}
        </button>
      </fieldset>
      <div className="entry-editor__grid">
        <label className="field entry-editor__wide">
          <span className="field__label">{t('editor.definition')}</span>
          <textarea
            className="text-input entry-editor__text"
            rows={2}
            value={definition}
            onChange={(event) => setDefinition(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('column.note')}</span>
          <textarea
            className="text-input entry-editor__text"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('editor.source')}</span>
          <input
            className="text-input"
            value={source}
            placeholder={t('editor.sourceHint')}
            onChange={(event) => setSource(event.target.value)}
          />
        </label>
      </div>
      {problem !== undefined ? (
        <p className="form-error" role="alert" id={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
      <div className="entry-editor__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {t('editor.save')}
        </button>
      </div>
    </form>
  );
}
