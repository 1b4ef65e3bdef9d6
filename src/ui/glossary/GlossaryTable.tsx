import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import type { GlossarySort, GlossarySortColumn } from '../../domain/glossary/sortGlossaryEntries';
import type { DocumentId, GlossaryEntryId } from '../../domain/ids';
import type { Segment, StoredGlossaryEntry } from '../../domain/model';
import { GlossaryEntryRow } from './GlossaryEntryRow';

const COLUMNS: readonly GlossarySortColumn[] = [
  'term',
  'rendering',
  'partOfSpeech',
  'domain',
  'note',
  'changed',
  'occurrences',
];

/** Sorted from the renderings' header: the status shows in that column. */
const STATUS_COLUMN: GlossarySortColumn = 'status';
const ASCENDING_MARK = ' ▲';
const DESCENDING_MARK = ' ▼';

export interface GlossaryEditing {
  readonly entryId: GlossaryEntryId;
  readonly draft: GlossaryConcept;
  readonly focusRendering?: number;
}

export interface GlossaryTableProps {
  readonly entries: readonly StoredGlossaryEntry[];
  readonly sort: GlossarySort;
  readonly onSort: (sort: GlossarySort) => void;
  /** Each entry's segments in the project; undefined without a project. */
  readonly occurrencesOf: ((entry: StoredGlossaryEntry) => readonly Segment[]) | undefined;
  /** The names of the project's documents, when it has more than one (occurrences name theirs). */
  readonly documentNames?: ReadonlyMap<DocumentId, string> | undefined;
  readonly editing: GlossaryEditing | undefined;
  /** An entry to scroll to and show (one just added). */
  readonly revealedId?: GlossaryEntryId;
  readonly onEdit: (entry: StoredGlossaryEntry) => void;
  readonly onSave: (entry: StoredGlossaryEntry, concept: GlossaryConcept) => Promise<void>;
  readonly onCancel: () => void;
  readonly onDelete: (entry: StoredGlossaryEntry) => void;
  readonly onGoToSegment: (segment: Segment) => void;
}

/** The entries of a glossary, virtualized: a header that sorts by any column, a row an entry. */
export function GlossaryTable({
  entries,
  sort,
  onSort,
  occurrencesOf,
  documentNames,
  editing,
  revealedId,
  onEdit,
  onSave,
  onCancel,
  onDelete,
  onGoToSegment,
}: GlossaryTableProps) {
  const { t } = useTranslation('glossary');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    getItemKey: (index) => entries[index]?.id ?? index,
    overscan: 8,
  });
  const shownId = editing?.entryId ?? revealedId;
  const shownIndex =
    shownId === undefined ? -1 : entries.findIndex((entry) => entry.id === shownId);
  useEffect(() => {
    if (shownIndex >= 0) virtualizer.scrollToIndex(shownIndex, { align: 'start' });
  }, [shownIndex, virtualizer]);

  return (
    <div
      className="glossary-table"
      role="table"
      aria-label={t('table.label')}
      aria-rowcount={entries.length}
    >
      <div className="glossary-row glossary-row--header" role="row">
        {COLUMNS.map((column) => {
          const sortButton = (sorted: GlossarySortColumn) => {
            const isSorted = sort.column === sorted;
            return (
              <button
                type="button"
                className="glossary-table__sort"
                data-sort={sorted}
                aria-pressed={isSorted}
                onClick={() =>
                  onSort({ column: sorted, isDescending: isSorted ? !sort.isDescending : false })
                }
              >
                {t(`column.${sorted}`)}
                {isSorted ? (
                  <span aria-hidden="true">
                    {sort.isDescending ? DESCENDING_MARK : ASCENDING_MARK}
                  </span>
                ) : null}
              </button>
            );
          };
          const isSorted =
            sort.column === column || (column === 'rendering' && sort.column === STATUS_COLUMN);
          return (
            <div
              key={column}
              role="columnheader"
              aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : 'none'}
            >
              {sortButton(column)}
              {column === 'rendering' ? sortButton(STATUS_COLUMN) : null}
            </div>
          );
        })}
        <div role="columnheader">
          <span className="visually-hidden">{t('column.actions')}</span>
        </div>
      </div>
      <div className="glossary-table__scroller" ref={scrollRef}>
        {entries.length === 0 ? (
          <p className="glossary-table__empty">{t('table.empty')}</p>
        ) : (
          <div className="glossary-table__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = entries[item.index];
              if (entry === undefined) return null;
              return (
                <div
                  key={item.key}
                  className={
                    entry.id === revealedId
                      ? 'glossary-table__item glossary-table__item--revealed'
                      : 'glossary-table__item'
                  }
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <GlossaryEntryRow
                    entry={entry}
                    occurrences={occurrencesOf?.(entry)}
                    documentNames={documentNames}
                    editing={editing?.entryId === entry.id ? editing : undefined}
                    onEdit={onEdit}
                    onSave={onSave}
                    onCancel={onCancel}
                    onDelete={onDelete}
                    onGoToSegment={onGoToSegment}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
