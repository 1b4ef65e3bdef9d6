import { useTranslation } from 'react-i18next';
import type { Term } from '../../domain/model';
import { partOfSpeechKey } from './partOfSpeechKey';

export interface GlossaryPanelProps {
  /** The focused segment's terms in source order, or undefined when no segment is focused. */
  readonly terms: readonly Term[] | undefined;
  readonly onInsert: (term: Term) => void;
  /** Called as the add-term button is pressed, before the click can disturb the selection. */
  readonly onAddTermPressed: () => void;
  readonly onAddTerm: () => void;
}

/** The focused segment's glossary terms, numbered for the insert-term shortcut. */
export function GlossaryPanel({
  terms,
  onInsert,
  onAddTermPressed,
  onAddTerm,
}: GlossaryPanelProps) {
  const { t } = useTranslation('translate');
  const partOfSpeechName = (partOfSpeech: string) => {
    const key = partOfSpeechKey(partOfSpeech);
    return key === undefined ? partOfSpeech : t(key);
  };
  return (
    <section className="side-panel glossary-panel" aria-labelledby="glossary-panel-title">
      <div className="side-panel__heading">
        <h2 id="glossary-panel-title">{t('glossary.title')}</h2>
        <button
          type="button"
          className="button button--small"
          onMouseDown={(event) => {
            // Keeps the text selection alive so the form can be prefilled from it.
            event.preventDefault();
            onAddTermPressed();
          }}
          onClick={onAddTerm}
        >
          {t('glossary.addTerm')}
        </button>
      </div>
      {terms === undefined ? (
        <p className="side-panel__empty">{t('glossary.noSegment')}</p>
      ) : terms.length === 0 ? (
        <p className="side-panel__empty">{t('glossary.none')}</p>
      ) : (
        <ol className="glossary-panel__list">
          {terms.map((term, index) => (
            <li key={term.id} className="glossary-panel__term" data-glossary-term-id={term.id}>
              <div className="glossary-panel__pair">
                {index < 9 ? (
                  <kbd className="glossary-panel__shortcut">
                    {t('glossary.shortcut', { number: index + 1 })}
                  </kbd>
                ) : null}
                <span className="glossary-panel__source" lang="zh-Hans">
                  {term.source}
                </span>
                <span className="glossary-panel__target" lang="en">
                  {term.target}
                </span>
              </div>
              {term.partOfSpeech !== '' ? (
                <p className="glossary-panel__meta">
                  {t('glossary.partOfSpeech', { value: partOfSpeechName(term.partOfSpeech) })}
                </p>
              ) : null}
              {term.note !== '' ? <p className="glossary-panel__note">{term.note}</p> : null}
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('glossary.insertLabel', { rendering: term.target })}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(term)}
              >
                {t('glossary.insert')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
