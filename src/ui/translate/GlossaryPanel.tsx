import { useTranslation } from 'react-i18next';
import { rankRenderings } from '../../domain/glossary/rankRenderings';
import type { StoredGlossaryEntry } from '../../domain/model';
import { RenderingList } from '../glossary/RenderingList';

export interface GlossaryPanelProps {
  /** The focused segment's entries in source order, or undefined when no segment is focused. */
  readonly entries: readonly StoredGlossaryEntry[] | undefined;
  /** Inserts a rendering at the cursor. */
  readonly onInsert: (rendering: string) => void;
  /** Called as the add-term button is pressed, before the click can disturb the selection. */
  readonly onAddTermPressed: () => void;
  readonly onAddTerm: () => void;
  /** What adding the last term did, when it joined an existing entry. */
  readonly notice?: string;
}

/**
 * The focused segment's glossary entries, numbered for the insert-term shortcut (which inserts
 * the preferred rendering), each with its renderings, preferred first, and their statuses.
 */
export function GlossaryPanel({
  entries,
  onInsert,
  onAddTermPressed,
  onAddTerm,
  notice,
}: GlossaryPanelProps) {
  const { t } = useTranslation('translate');
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
      {notice !== undefined ? (
        <p className="side-panel__hint" role="status">
          {notice}
        </p>
      ) : null}
      {entries === undefined ? (
        <p className="side-panel__empty">{t('glossary.noSegment')}</p>
      ) : entries.length === 0 ? (
        <p className="side-panel__empty">{t('glossary.none')}</p>
      ) : (
        <ol className="glossary-panel__list">
          {entries.map((entry, index) => {
            const renderings = rankRenderings(entry.renderings);
            const preferred = renderings.find(
              (rendering) => rendering.status === 'preferred' || rendering.status === 'admitted',
            );
            return (
              <li key={entry.id} className="glossary-panel__term" data-glossary-term-id={entry.id}>
                <div className="glossary-panel__pair">
                  {index < 9 ? (
                    <kbd className="glossary-panel__shortcut">
                      {t('glossary.shortcut', { number: index + 1 })}
                    </kbd>
                  ) : null}
                  <span className="glossary-panel__source" lang="zh-Hans">
                    {entry.term}
                  </span>
                </div>
                <RenderingList renderings={renderings} />
                {entry.partOfSpeech !== undefined ? (
                  <p className="glossary-panel__meta">
                    {t('glossary.partOfSpeech', {
                      value: t(`partOfSpeech.${entry.partOfSpeech}`, { ns: 'glossary' }),
                    })}
                  </p>
                ) : null}
                {entry.note !== '' ? <p className="glossary-panel__note">{entry.note}</p> : null}
                {preferred !== undefined ? (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('glossary.insertLabel', { rendering: preferred.text })}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => onInsert(preferred.text)}
                  >
                    {t('glossary.insert')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
