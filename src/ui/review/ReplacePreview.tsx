import { Fragment, useState, type ReactNode } from 'react';
import type { SegmentId } from '../../domain/ids';
import { useTranslation } from 'react-i18next';
import type { PlannedReplacement, ReplacementPlan } from '../../domain/review/planReplacements';
import { ModalDialog } from '../app/ModalDialog';

const SIDE_BEFORE = 'before';
const SIDE_AFTER = 'after';

export interface ReplacePreviewProps {
  readonly plan: ReplacementPlan<SegmentId>;
  /** The segment number shown for a planned change. */
  readonly numberOf: (change: PlannedReplacement<SegmentId>) => number;
  readonly onReplace: (changes: readonly PlannedReplacement<SegmentId>[]) => Promise<boolean>;
  readonly onClose: () => void;
}

/**
 * Every change a replacement would make, the translation before (replaced text struck) and after
 * (new text marked); each replaced on its own or all at once.
 */
export function ReplacePreview({ plan, numberOf, onReplace, onClose }: ReplacePreviewProps) {
  const { t } = useTranslation('review');
  const [done, setDone] = useState<ReadonlySet<SegmentId>>(new Set());
  const [isBusy, setIsBusy] = useState(false);
  const remaining = plan.changes.filter((change) => !done.has(change.segmentId));

  const replace = async (changes: readonly PlannedReplacement<SegmentId>[]) => {
    setIsBusy(true);
    const isReplaced = await onReplace(changes);
    setIsBusy(false);
    if (!isReplaced) return;
    setDone((previous) => new Set([...previous, ...changes.map((change) => change.segmentId)]));
    if (changes.length === remaining.length) onClose();
  };

  return (
    <ModalDialog title={t('replace.previewTitle')} onClose={onClose}>
      <p className="dialog__message" role="status">
        {plan.changes.length === 0
          ? t('replace.previewNone')
          : t('replace.previewCount', { count: plan.changes.length })}
        {plan.lockedCount > 0 ? ` ${t('replace.lockedSkipped', { count: plan.lockedCount })}` : ''}
      </p>
      <ol className="replace-preview__list" data-role="replace-preview">
        {plan.changes.map((change) => {
          const number = numberOf(change);
          const isDone = done.has(change.segmentId);
          return (
            <li
              key={change.segmentId}
              className="replace-preview__item"
              data-segment-number={number}
            >
              <div>
                <strong>{t('replace.segment', { number })}</strong>
                <div className="replace-preview__before">{marked(change, SIDE_BEFORE)}</div>
                <div className="replace-preview__after">{marked(change, SIDE_AFTER)}</div>
              </div>
              <div>
                {isDone ? (
                  <span>{t('replace.replaced')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('replace.replaceOneLabel', { number })}
                    disabled={isBusy}
                    onClick={() => void replace([change])}
                  >
                    {t('replace.replaceOne')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('replace.close')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-action="replace-all"
          disabled={isBusy || remaining.length === 0}
          onClick={() => void replace(remaining)}
        >
          {t('replace.replaceAll')}
        </button>
      </div>
    </ModalDialog>
  );
}

function marked(change: PlannedReplacement, side: 'before' | 'after'): ReactNode[] {
  const parts: ReactNode[] = [];
  let cursor = 0;
  let shift = 0;
  const text = side === 'before' ? change.before : change.after;
  change.replacements.forEach((replacement, index) => {
    const start = side === 'before' ? replacement.start : replacement.start + shift;
    const end = side === 'before' ? replacement.end : start + replacement.text.length;
    shift += replacement.text.length - (replacement.end - replacement.start);
    parts.push(<Fragment key={`t${index}`}>{text.slice(cursor, start)}</Fragment>);
    const piece = text.slice(start, end);
    parts.push(
      side === 'before' ? (
        <del key={`m${index}`}>{piece}</del>
      ) : (
        <ins key={`m${index}`}>{piece}</ins>
      ),
    );
    cursor = end;
  });
  parts.push(<Fragment key="rest">{text.slice(cursor)}</Fragment>);
  return parts;
}
