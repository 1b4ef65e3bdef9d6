import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import {
  planReplacements,
  type PlannedReplacement,
  type ReplacementPlan,
} from '../../domain/review/planReplacements';
import type { RichTextDoc } from '../../domain/richText';
import type { SearchOptions } from '../../domain/search/searchOptions';
import { SearchPatternError } from '../../domain/search/SearchPatternError';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useBulkSegmentChanges, type SegmentState } from '../hooks/useBulkSegmentChanges';
import { ReplacePreview } from './ReplacePreview';

export interface ReplaceBarProps {
  readonly segments: readonly Segment[];
  readonly query: string;
  readonly options: SearchOptions;
  /** The target of a segment as the translator sees it (typed text included). */
  readonly targetOf: (segment: Segment) => RichTextDoc;
  readonly targetTextOf: (segment: Segment) => string;
  /** Called before writing, to store what is typed first. */
  readonly beforeChange: () => Promise<void>;
  /** Called with the segments whose targets were written (by a replacement or its undo). */
  readonly onChanged: (segmentIds: readonly SegmentId[]) => void;
}

/**
 * Replaces the find query in the translations of the whole document: a preview of every change,
 * then all or one by one; what one preview replaced is undone as one step.
 */
export function ReplaceBar({
  segments,
  query,
  options,
  targetOf,
  targetTextOf,
  beforeChange,
  onChanged,
}: ReplaceBarProps) {
  const { t } = useTranslation(['review', 'common']);
  const { replaceTargets, restoreStates } = useBulkSegmentChanges();
  const [replacement, setReplacement] = useState('');
  const [plan, setPlan] = useState<ReplacementPlan<SegmentId> | undefined>(undefined);
  const [undoStates, setUndoStates] = useState<readonly SegmentState[]>([]);
  const [message, setMessage] = useState('');

  const preview = () => {
    try {
      setPlan(
        planReplacements(
          segments.map((segment) => ({
            id: segment.id,
            status: segment.status,
            target: targetOf(segment),
            targetText: targetTextOf(segment),
          })),
          query,
          replacement,
          options,
        ),
      );
      setMessage('');
    } catch (error) {
      if (!(error instanceof SearchPatternError)) throw error;
      setMessage(t('filter.badPattern', { detail: error.detail }));
    }
  };

  const replace = async (changes: readonly PlannedReplacement<SegmentId>[]): Promise<boolean> => {
    try {
      await beforeChange();
      const replaced = await replaceTargets(
        changes.map((change) => ({
          segmentId: change.segmentId,
          target: change.target,
        })),
      );
      setUndoStates((previous) => [...previous, ...replaced]);
      onChanged(replaced.map((state) => state.segmentId));
      setMessage(t('replace.done', { count: replaced.length }));
      return true;
    } catch (error) {
      setMessage(t('bulk.failed', { reason: t(storageErrorMessageKey(error), { ns: 'common' }) }));
      return false;
    }
  };

  const undo = async () => {
    try {
      await beforeChange();
      // The earliest state of each segment first, so undoing puts back what the preview found.
      const firstStates = [
        ...new Map([...undoStates].reverse().map((state) => [state.segmentId, state])).values(),
      ];
      await restoreStates(firstStates);
      onChanged(firstStates.map((state) => state.segmentId));
      setUndoStates([]);
      setMessage(t('replace.undone'));
    } catch (error) {
      setMessage(t('bulk.failed', { reason: t(storageErrorMessageKey(error), { ns: 'common' }) }));
    }
  };

  const numbers = new Map(segments.map((segment) => [segment.id, segment.order + 1]));

  return (
    <div className="replace-bar" role="group" aria-label={t('replace.label')}>
      <input
        type="text"
        className="find-bar__input"
        data-role="replace"
        value={replacement}
        placeholder={t('replace.placeholder')}
        aria-label={t('replace.placeholder')}
        onChange={(event) => setReplacement(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          preview();
        }}
      />
      <button
        type="button"
        className="button button--small"
        data-action="replace-preview"
        disabled={query.trim() === ''}
        onClick={preview}
      >
        {t('replace.preview')}
      </button>
      {undoStates.length > 0 ? (
        <button
          type="button"
          className="button button--small"
          data-action="undo-replace"
          onClick={() => void undo()}
        >
          {t('replace.undo')}
        </button>
      ) : null}
      <span className="find-bar__count" aria-live="polite">
        {message}
      </span>
      {plan !== undefined ? (
        <ReplacePreview
          plan={plan}
          numberOf={(change) => numbers.get(change.segmentId) ?? change.index + 1}
          onReplace={replace}
          onClose={() => setPlan(undefined)}
        />
      ) : null}
    </div>
  );
}
