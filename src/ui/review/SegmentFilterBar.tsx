import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../../domain/ids';
import { SEGMENT_STATUSES, type Segment, type SegmentStatus } from '../../domain/model';
import { filterSegments } from '../../domain/review/filterSegments';
import { SEARCH_MODES, type SearchMode } from '../../domain/search/searchOptions';
import { SearchPatternError } from '../../domain/search/SearchPatternError';
import type { SegmentId } from '../../domain/ids';
import { BulkStatusControl } from './BulkStatusControl';
import { useRowSelection, useSelectedRows } from './RowSelectionContext';
import { useFindingSegmentIds } from './useFindingSegmentIds';
import { ChoiceSelect } from '../app/ChoiceSelect';
import './review.css';

/** Test hooks of the filter's choices (data-role). */
const MODE_ROLE = 'segment-filter-mode';
const STATUS_ROLE = 'segment-filter-status';

const SIDES = ['both', 'source', 'target'] as const;

export interface SegmentFilterBarProps {
  readonly projectId: ProjectId;
  readonly segments: readonly Segment[];
  /** The translation of a segment as the translator sees it (typed text included). */
  readonly targetTextOf: (segment: Segment) => string;
  /** The ids of the segments with annotations, when annotations exist: offers that filter. */
  readonly annotatedSegmentIds?: ReadonlySet<string>;
  /** The positions of the segments to show, or undefined for all of them. */
  readonly onFilter: (indices: readonly number[] | undefined) => void;
  /** Called before a bulk change writes (to store what is typed first). */
  readonly beforeBulkChange: () => Promise<void>;
  readonly isReadOnly: boolean;
}

/**
 * Filters the whole document (not only the rows on screen) by text in the source or the
 * translation (plain, whole word, regular expression), status, check findings and annotations,
 * and sets the status of every segment shown at once, or of the rows picked by hand among them.
 */
export function SegmentFilterBar({
  projectId,
  segments,
  targetTextOf,
  annotatedSegmentIds,
  onFilter,
  beforeBulkChange,
  isReadOnly,
}: SegmentFilterBarProps) {
  const { t } = useTranslation(['review', 'translate']);
  const id = useId();
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<SearchMode>('plain');
  const [side, setSide] = useState<(typeof SIDES)[number]>('both');
  const [isCaseSensitive, setIsCaseSensitive] = useState(false);
  const [status, setStatus] = useState<SegmentStatus | ''>('');
  const [isWithFindings, setIsWithFindings] = useState(false);
  const [isWithAnnotations, setIsWithAnnotations] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const findingIds = useFindingSegmentIds(projectId, segments, targetTextOf, isWithFindings);

  const result = useMemo((): { indices?: number[]; problem?: string } => {
    const isActive =
      deferredQuery.trim() !== '' || status !== '' || isWithFindings || isWithAnnotations;
    if (!isActive) return {};
    try {
      return {
        indices: filterSegments(
          segments.map((segment) => ({
            id: segment.id,
            status: segment.status,
            source: segment.source,
            target: targetTextOf(segment),
          })),
          {
            query: deferredQuery,
            mode,
            side,
            isCaseSensitive,
            statuses: status === '' ? [] : [status],
            ...(findingIds === undefined ? {} : { withFindings: findingIds }),
            ...(isWithAnnotations && annotatedSegmentIds !== undefined
              ? { withAnnotations: annotatedSegmentIds }
              : {}),
          },
        ),
      };
    } catch (error) {
      if (error instanceof SearchPatternError) return { problem: error.detail };
      throw error;
    }
  }, [
    segments,
    targetTextOf,
    deferredQuery,
    mode,
    side,
    isCaseSensitive,
    status,
    isWithFindings,
    findingIds,
    isWithAnnotations,
    annotatedSegmentIds,
  ]);

  const { indices } = result;
  useEffect(() => onFilter(indices), [indices, onFilter]);
  const shownIds = useMemo(
    () => (indices ?? []).flatMap((index) => segments[index]?.id ?? []),
    [indices, segments],
  );
  const selection = useRowSelection();
  const selectedIds = useSelectedRows();
  const lockedIds = useMemo(
    () =>
      new Set<SegmentId>(
        segments.filter((segment) => segment.status === 'locked').map((segment) => segment.id),
      ),
    [segments],
  );

  return (
    <div className="segment-filter" role="group" aria-label={t('filter.label')}>
      <input
        id={`${id}-query`}
        className="segment-filter__input"
        type="search"
        data-role="segment-filter"
        value={query}
        placeholder={t('filter.placeholder')}
        aria-label={t('filter.label')}
        aria-invalid={result.problem === undefined ? undefined : 'true'}
        aria-describedby={`${id}-status`}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label className="segment-filter__option">
        <span className="visually-hidden">{t('filter.mode')}</span>
        <ChoiceSelect
          value={mode}
          data-role={MODE_ROLE}
          choices={SEARCH_MODES}
          labelOf={(candidate) => t(`filter.modes.${candidate}`)}
          onChange={(candidate) => {
            if (candidate !== undefined) setMode(candidate);
          }}
        />
      </label>
      <label className="segment-filter__option">
        <span className="visually-hidden">{t('filter.side')}</span>
        <ChoiceSelect
          value={side}
          choices={SIDES}
          labelOf={(candidate) => t(`filter.sides.${candidate}`)}
          onChange={(candidate) => {
            if (candidate !== undefined) setSide(candidate);
          }}
        />
      </label>
      <label className="segment-filter__option">
        <input
          type="checkbox"
          checked={isCaseSensitive}
          onChange={(event) => setIsCaseSensitive(event.target.checked)}
        />
        {t('filter.caseSensitive')}
      </label>
      <label className="segment-filter__option">
        <span className="visually-hidden">{t('filter.status')}</span>
        <ChoiceSelect
          value={status === '' ? undefined : status}
          data-role={STATUS_ROLE}
          choices={SEGMENT_STATUSES}
          labelOf={(candidate) => t(`status.${candidate}`, { ns: 'translate' })}
          emptyLabel={t('filter.anyStatus')}
          onChange={(candidate) => setStatus(candidate ?? '')}
        />
      </label>
      <label className="segment-filter__option">
        <input
          type="checkbox"
          data-role="segment-filter-findings"
          checked={isWithFindings}
          onChange={(event) => setIsWithFindings(event.target.checked)}
        />
        {t('filter.withFindings')}
      </label>
      {annotatedSegmentIds !== undefined ? (
        <label className="segment-filter__option">
          <input
            type="checkbox"
            checked={isWithAnnotations}
            onChange={(event) => setIsWithAnnotations(event.target.checked)}
          />
          {t('filter.withAnnotations')}
        </label>
      ) : null}
      <span
        id={`${id}-status`}
        className={
          result.problem === undefined
            ? 'segment-filter__count'
            : 'segment-filter__count segment-filter__count--problem'
        }
        aria-live="polite"
      >
        {result.problem !== undefined
          ? t('filter.badPattern', { detail: result.problem })
          : indices === undefined
            ? ''
            : indices.length === 0
              ? t('filter.noneShown')
              : t('filter.count', {
                  shown: indices.length.toLocaleString(),
                  total: segments.length.toLocaleString(),
                })}
      </span>
      {selectedIds.length > 0 && !isReadOnly ? (
        <span className="row-selection" data-role="row-selection">
          <span>{t('selection.count', { count: selectedIds.length })}</span>
          <button
            type="button"
            className="button button--small"
            data-action="clear-selection"
            onClick={() => selection?.clear()}
          >
            {t('selection.clear')}
          </button>
          <BulkStatusControl
            key="selected"
            segmentIds={selectedIds}
            isForSelection
            lockedIds={lockedIds}
            beforeChange={beforeBulkChange}
          />
        </span>
      ) : indices !== undefined && indices.length > 0 && !isReadOnly ? (
        <BulkStatusControl
          key="shown"
          segmentIds={shownIds}
          isForSelection={false}
          lockedIds={lockedIds}
          beforeChange={beforeBulkChange}
        />
      ) : null}
    </div>
  );
}
