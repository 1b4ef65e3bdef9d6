import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useRef, type KeyboardEventHandler, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeadList } from '../../domain/alignmentEditing/beadListTypes';
import type { BeadSentenceRange } from '../../domain/alignmentEditing/beadSentenceRanges';
import type { AlignmentCursor, AlignmentSide } from './alignmentCursor';
import { BeadRow } from './BeadRow';

/** Up to this many rows are all kept in the page (find and print them); beyond, only those in view. */
const ALL_ROWS_UP_TO = 400;
const ESTIMATED_ROW_HEIGHT = 56;

export interface BeadGridHandle {
  readonly scrollToBead: (beadIndex: number) => void;
  readonly focus: () => void;
}

interface BeadGridProps {
  readonly ref?: Ref<BeadGridHandle>;
  readonly list: BeadList;
  readonly ranges: readonly BeadSentenceRange[];
  /** The beads the filters let through, in order; undefined for all of them. */
  readonly visibleBeads: readonly number[] | undefined;
  readonly cursor: AlignmentCursor;
  readonly onSelect: (beadIndex: number, side: AlignmentSide, sentence: number | undefined) => void;
  readonly onKeyDown: KeyboardEventHandler<HTMLDivElement>;
}

/**
 * The beads, one row each, virtualized: an edit re-renders only the rows in view whose bead or
 * sentence numbers changed. The grid takes the keyboard focus for the workspace's keys.
 */
export function BeadGrid({
  ref,
  list,
  ranges,
  visibleBeads,
  cursor,
  onSelect,
  onKeyDown,
}: BeadGridProps) {
  const { t } = useTranslation('alignment');
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = visibleBeads?.length ?? list.beads.length;
  const beadAt = (row: number) => (visibleBeads === undefined ? row : (visibleBeads[row] ?? row));
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: rowCount <= ALL_ROWS_UP_TO ? rowCount : 8,
  });

  useImperativeHandle(
    ref,
    () => ({
      scrollToBead: (beadIndex) => {
        const row = visibleBeads === undefined ? beadIndex : visibleBeads.indexOf(beadIndex);
        if (row >= 0) virtualizer.scrollToIndex(row, { align: 'auto' });
      },
      focus: () => scrollRef.current?.focus({ preventScroll: true }),
    }),
    [virtualizer, visibleBeads],
  );

  return (
    <div className="bead-grid">
      <div className="bead-grid__columns" aria-hidden="true">
        <span>{t('grid.beadColumn')}</span>
        <span>{t('grid.sourceColumn')}</span>
        <span>{t('grid.targetColumn')}</span>
      </div>
      <div
        className="bead-grid__scroller"
        ref={scrollRef}
        role="grid"
        aria-label={t('grid.label')}
        aria-rowcount={rowCount}
        tabIndex={0}
        data-role="bead-grid"
        onKeyDown={onKeyDown}
      >
        {rowCount === 0 ? <p className="bead-grid__empty">{t('grid.noneMatch')}</p> : null}
        <div className="bead-grid__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const beadIndex = beadAt(item.index);
            const bead = list.beads[beadIndex];
            const range = ranges[beadIndex];
            if (bead === undefined || range === undefined) return null;
            const isCursor = beadIndex === cursor.beadIndex;
            return (
              <div
                key={item.key}
                className="bead-grid__item"
                data-index={item.index}
                ref={virtualizer.measureElement}
                // `top`, not a transform: a transform would break the row's sticky bead column.
                style={{ top: item.start }}
              >
                <BeadRow
                  beadIndex={beadIndex}
                  bead={bead}
                  sourceStart={range.sourceStart}
                  targetStart={range.targetStart}
                  source={list.source}
                  target={list.target}
                  isCursor={isCursor}
                  cursorSide={isCursor ? cursor.side : undefined}
                  selectedSentence={isCursor ? cursor.sentence : undefined}
                  onSelect={onSelect}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
