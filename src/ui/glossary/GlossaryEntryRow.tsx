import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import { rankRenderings } from '../../domain/glossary/rankRenderings';
import type { DocumentId } from '../../domain/ids';
import type { Segment, StoredGlossaryEntry } from '../../domain/model';
import { Icon, ICON_PATHS } from '../app/Icon';
import { GlossaryEntryEditor } from './GlossaryEntryEditor';
import { RenderingList } from './RenderingList';

export interface GlossaryEntryRowProps {
  readonly entry: StoredGlossaryEntry;
  /** The project's segments the term occurs in; undefined without an open project. */
  readonly occurrences: readonly Segment[] | undefined;
  /** The names of the project's documents, when it has more than one. */
  readonly documentNames?: ReadonlyMap<DocumentId, string> | undefined;
  /** What the editor opens with when the row is edited (the entry, or it with a rendering added). */
  readonly editing:
    { readonly draft: GlossaryConcept; readonly focusRendering?: number } | undefined;
  readonly onEdit: (entry: StoredGlossaryEntry) => void;
  readonly onSave: (entry: StoredGlossaryEntry, concept: GlossaryConcept) => Promise<void>;
  readonly onCancel: () => void;
  readonly onDelete: (entry: StoredGlossaryEntry) => void;
  readonly onGoToSegment: (segment: Segment) => void;
}

const SHOWN_OCCURRENCES = 50;

/** One glossary entry in the table: its fields and where it occurs, or its editor. */
export const GlossaryEntryRow = memo(function GlossaryEntryRow({
  entry,
  occurrences,
  documentNames,
  editing,
  onEdit,
  onSave,
  onCancel,
  onDelete,
  onGoToSegment,
}: GlossaryEntryRowProps) {
  const { t, i18n } = useTranslation('glossary');
  const [isShowingOccurrences, setIsShowingOccurrences] = useState(false);
  if (editing !== undefined)
    return (
      <div className="glossary-row glossary-row--editing" data-entry-id={entry.id}>
        <GlossaryEntryEditor
          initial={editing.draft}
          focusRendering={editing.focusRendering}
          onSave={(concept) => onSave(entry, concept)}
          onCancel={onCancel}
        />
      </div>
    );
  const changed = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).format(entry.changedAt);
  return (
    <div className="glossary-row" data-entry-id={entry.id} role="row">
      <div className="glossary-row__term" role="cell" lang="zh-Hans">
        <span className="glossary-row__term-text">{entry.term}</span>
        {entry.variants.length > 0 ? (
          <span className="glossary-row__variants" lang="zh">
            {entry.variants.map((variant) => variant.text).join(' · ')}
          </span>
        ) : null}
      </div>
      <div className="glossary-row__renderings" role="cell">
        <RenderingList renderings={rankRenderings(entry.renderings)} />
      </div>
      <div role="cell">
        {entry.partOfSpeech === undefined ? '' : t(`partOfSpeech.${entry.partOfSpeech}`)}
      </div>
      <div role="cell">{entry.domain}</div>
      <div
        role="cell"
        className="glossary-row__note"
        title={[entry.definition, entry.note].filter((text) => text !== '').join('\n')}
      >
        {entry.definition !== '' ? (
          <span className="glossary-row__definition">{entry.definition}</span>
        ) : null}
        {entry.note}
      </div>
      <div role="cell" className="glossary-row__changed">
        {changed}
      </div>
      <div role="cell" className="glossary-row__occurrences">
        {occurrences === undefined ? null : occurrences.length === 0 ? (
          <span className="glossary-row__none">{t('occurrences.none')}</span>
        ) : (
          <button
            type="button"
            className="button button--small button--quiet"
            data-action="show-occurrences"
            aria-expanded={isShowingOccurrences}
            onClick={() => setIsShowingOccurrences((isShown) => !isShown)}
          >
            {t('occurrences.count', { count: occurrences.length })}
          </button>
        )}
      </div>
      <div role="cell" className="glossary-row__actions">
        <button
          type="button"
          className="icon-button"
          data-action="edit-entry"
          aria-label={t('actions.editNamed', { term: entry.term })}
          title={t('actions.edit')}
          onClick={() => onEdit(entry)}
        >
          <Icon path={ICON_PATHS.pencil} />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          data-action="delete-entry"
          aria-label={t('actions.deleteNamed', { term: entry.term })}
          title={t('actions.delete')}
          onClick={() => onDelete(entry)}
        >
          <Icon path={ICON_PATHS.trash} />
        </button>
      </div>
      {isShowingOccurrences && occurrences !== undefined ? (
        <ol
          className="glossary-row__occurrence-list"
          aria-label={t('occurrences.label', { term: entry.term })}
        >
          {occurrences.slice(0, SHOWN_OCCURRENCES).map((segment) => (
            <li key={segment.id}>
              <button
                type="button"
                className="glossary-row__occurrence"
                data-action="go-to-segment"
                data-occurrence-segment-id={segment.id}
                onClick={() => onGoToSegment(segment)}
              >
                <span className="glossary-row__occurrence-number">
                  {documentNames === undefined
                    ? t('occurrences.segment', { number: segment.order + 1 })
                    : t('occurrences.segmentOf', {
                        number: segment.order + 1,
                        document: documentNames.get(segment.documentId) ?? '',
                      })}
                </span>
                <span lang="zh-Hans">{segment.source}</span>
              </button>
            </li>
          ))}
          {occurrences.length > SHOWN_OCCURRENCES ? (
            <li className="glossary-row__none">
              {t('occurrences.more', { count: occurrences.length - SHOWN_OCCURRENCES })}
            </li>
          ) : null}
        </ol>
      ) : null}
    </div>
  );
});
