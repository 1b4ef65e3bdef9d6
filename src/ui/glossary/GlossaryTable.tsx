import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import type { GlossarySort, GlossarySortColumn } from '../../domain/glossary/sortGlossaryEntries';
import type { GlossaryEntryId } from '../../domain/ids';
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
  readonly editing: GlossaryEditing | undefined;
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
  editing,
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
  const editedIndex =
    editing === undefined ? -1 : entries.findIndex((entry) => entry.id === editing.entryId);
  useEffect(() => {
    if (editedIndex >= 0) virtualizer.scrollToIndex(editedIndex, { align: 'start' });
  }, [editedIndex, virtualizer]);

  return (
    <div
      className="glossary-table"
      role="table"
      aria-label={t('table.label')}
      aria-rowcount={entries.length}
    >
      <div className="glossary-row glossary-row--header" role="row">
        {COLUMNS.map((column) => {
          const isSorted = sort.column === column;
          return (
            <div
              key={column}
              role="columnheader"
              aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : 'none'}
            >
              <button
                type="button"
                className="glossary-table__sort"
                data-sort={column}
                onClick={() =>
                  onSort({ column, isDescending: isSorted ? !sort.isDescending : false })
                }
              >
                {t(`column.${column}`)}
                {isSorted ? (
                  <span aria-hidden="true">
                    {sort.isDescending ? DESCENDING_MARK : ASCENDING_MARK}
                  </span>
                ) : null}
              </button>
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
                  className="glossary-table__item"
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <GlossaryEntryRow
                    entry={entry}
                    occurrences={occurrencesOf?.(entry)}
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
