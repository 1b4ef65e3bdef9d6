import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../domain/model';
import { findSegmentMatches } from '../../../domain/search/findSegmentMatches';
import { SEARCH_MODES, type SearchMode } from '../../../domain/search/searchOptions';
import { SearchPatternError } from '../../../domain/search/SearchPatternError';
import { ReplaceBar, type ReplaceBarProps } from '../../review/ReplaceBar';

export interface FindBarProps {
  readonly segments: readonly Segment[];
  /** The translation of a segment as the translator sees it (typed text included). */
  readonly targetTextOf: (segment: Segment) => string;
  /** Shows this segment, leaving the keyboard in the find box. */
  readonly onGoTo: (segment: Segment) => void;
  readonly onClose: () => void;
  /** Offers replacing in the translations (not in a read-only view). */
  readonly replace?: Pick<ReplaceBarProps, 'targetOf' | 'beforeChange' | 'onChanged'>;
}

/**
 * Finds text in every segment of the document (not only the rows on screen): Enter goes to the
 * next hit, Shift+Enter to the previous one, Escape closes. Text, whole words or a regular
 * expression; Replace… replaces in the translations (ReplaceBar).
 */
export function FindBar({ segments, targetTextOf, onGoTo, onClose, replace }: FindBarProps) {
  const { t } = useTranslation(['translate', 'review']);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [isCaseSensitive, setIsCaseSensitive] = useState(false);
  const [current, setCurrent] = useState(0);
  const [mode, setMode] = useState<SearchMode>('plain');
  const [isReplaceOpen, setIsReplaceOpen] = useState(false);

  const { matches, problem } = useMemo(() => {
    try {
      const found = findSegmentMatches(
        segments.map((segment) => ({ source: segment.source, target: targetTextOf(segment) })),
        query,
        { isCaseSensitive, mode },
      );
      return { matches: found, problem: undefined };
    } catch (error) {
      if (!(error instanceof SearchPatternError)) throw error;
      return { matches: [], problem: error.detail };
    }
  }, [segments, targetTextOf, query, isCaseSensitive, mode]);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  // A new query goes to its first hit, as soon as there is one (a long document may still be
  // loading when the translator starts typing).
  const searchedRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    const search = `${isCaseSensitive ? 'case' : 'any'}:${mode}:${query}`;
    const first = segments[matches[0] ?? -1];
    if (searchedRef.current === search || first === undefined) return;
    searchedRef.current = search;
    onGoTo(first);
  }, [segments, matches, query, isCaseSensitive, mode, onGoTo]);

  const goTo = (position: number) => {
    if (matches.length === 0) return;
    const wrapped = (position + matches.length) % matches.length;
    setCurrent(wrapped);
    const segment = segments[matches[wrapped] ?? -1];
    if (segment !== undefined) onGoTo(segment);
  };

  const changeQuery = (next: string, nextIsCaseSensitive: boolean) => {
    setQuery(next);
    setIsCaseSensitive(nextIsCaseSensitive);
    setCurrent(0);
  };

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={t('find.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <input
        ref={inputRef}
        id={`${id}-query`}
        className="find-bar__input"
        type="search"
        data-role="find"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        aria-describedby={`${id}-count`}
        onChange={(event) => changeQuery(event.target.value, isCaseSensitive)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          goTo(current + (event.shiftKey ? -1 : 1));
        }}
      />
      <span id={`${id}-count`} className="find-bar__count" role="status" aria-live="polite">
        {problem !== undefined
          ? t('filter.badPattern', { ns: 'review', detail: problem })
          : query.trim() === ''
            ? ''
            : matches.length === 0
              ? t('find.countNone')
              : t('find.count', {
                  current: (current + 1).toLocaleString(),
                  total: matches.length.toLocaleString(),
                  segment: ((matches[current] ?? 0) + 1).toLocaleString(),
                })}
      </span>
      <label className="find-bar__option">
        <input
          type="checkbox"
          checked={isCaseSensitive}
          onChange={(event) => changeQuery(query, event.target.checked)}
        />
        {t('find.caseSensitive')}
      </label>
      <select
        value={mode}
        aria-label={t('filter.mode', { ns: 'review' })}
        onChange={(event) => {
          setMode(SEARCH_MODES.find((candidate) => candidate === event.target.value) ?? 'plain');
          setCurrent(0);
        }}
      >
        {SEARCH_MODES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`filter.modes.${candidate}`, { ns: 'review' })}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-label={t('find.previous')}
        disabled={matches.length === 0}
        onClick={() => goTo(current - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={t('find.next')}
        disabled={matches.length === 0}
        onClick={() => goTo(current + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={t('find.close')}
        onClick={onClose}
      >
        ×
      </button>
      {replace !== undefined ? (
        <button
          type="button"
          className="button button--small button--quiet"
          data-action="open-replace"
          aria-expanded={isReplaceOpen}
          onClick={() => setIsReplaceOpen(!isReplaceOpen)}
        >
          {t('replace.open', { ns: 'review' })}
        </button>
      ) : null}
      {replace !== undefined && isReplaceOpen ? (
        <ReplaceBar
          segments={segments}
          query={query}
          options={{ isCaseSensitive, mode }}
          targetTextOf={targetTextOf}
          {...replace}
        />
      ) : null}
    </div>
  );
}
