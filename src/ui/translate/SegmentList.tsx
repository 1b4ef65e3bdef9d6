import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import type { Segment, StoredGlossaryEntry } from '../../domain/model';
import type { HighlightTerm } from '../../editor/highlightTerm';
import { SegmentRow } from './SegmentRow';

export interface SegmentListProps {
  readonly segments: readonly Segment[];
  readonly focusedIndex: number | undefined;
  readonly terms: readonly HighlightTerm[];
  readonly matcher?: TermbaseMatcher<StoredGlossaryEntry>;
}

const ESTIMATED_ROW_HEIGHT = 64;

/** The document's rows, virtualized: only the rows in view (and a few around them) are in the DOM. */
export function SegmentList({ segments, focusedIndex, terms, matcher }: SegmentListProps) {
  const { t } = useTranslation('translate');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => segments[index]?.id ?? index,
    overscan: 6,
  });

  const focusedKey = focusedIndex === undefined ? undefined : segments[focusedIndex]?.id;
  useEffect(() => {
    if (focusedIndex === undefined) return;
    const rowHeight =
      focusedKey === undefined ? undefined : virtualizer.itemSizeCache.get(focusedKey);
    const viewportHeight = scrollRef.current?.clientHeight ?? Infinity;
    // A row taller than the window, or not yet measured, is shown from its beginning, where its source starts.
    virtualizer.scrollToIndex(focusedIndex, {
      align: rowHeight !== undefined && rowHeight <= viewportHeight ? 'auto' : 'start',
    });
  }, [focusedIndex, focusedKey, virtualizer]);

  return (
    <div className="segment-list">
      <div className="segment-list__columns" aria-hidden="true">
        <span />
        <span>{t('list.sourceColumn')}</span>
        <span>{t('list.targetColumn')}</span>
        <span>{t('status.label')}</span>
      </div>
      <div
        className="segment-list__scroller"
        ref={scrollRef}
        role="region"
        aria-label={t('list.label')}
      >
        <div className="segment-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const segment = segments[item.index];
            if (segment === undefined) return null;
            return (
              <div
                key={item.key}
                className="segment-list__item"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <SegmentRow
                  segment={segment}
                  isFirstOfParagraph={
                    item.index === 0 || segments[item.index - 1]?.paragraph !== segment.paragraph
                  }
                  terms={terms}
                  matcher={matcher}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
