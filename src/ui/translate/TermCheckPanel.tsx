import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../domain/ids';
import { TermFindingList, type TermFindingItem } from '../glossary/TermFindingList';

export interface TermCheckPanelProps {
  /** Every finding of the project, dismissed ones flagged; undefined while checking. */
  readonly findings: readonly TermFindingItem[] | undefined;
  readonly focusedSegmentId: SegmentId | undefined;
  readonly onGoTo: (finding: TermFindingItem) => void;
  readonly onDismiss: (finding: TermFindingItem) => void;
  /** Told when the user switches between the segment and all segments. */
  readonly onScopeChange?: (scope: TermCheckScope) => void;
}

const SCOPES = ['segment', 'project'] as const;
export type TermCheckScope = (typeof SCOPES)[number];

/** The term check of the focused segment or of the whole project, its findings dismissible. */
export function TermCheckPanel({
  findings,
  focusedSegmentId,
  onGoTo,
  onDismiss,
  onScopeChange,
}: TermCheckPanelProps) {
  const { t } = useTranslation('glossary');
  const [scope, setScope] = useState<TermCheckScope>('segment');
  const [isShowingDismissed, setIsShowingDismissed] = useState(false);
  const inScope = (findings ?? []).filter(
    (finding) => scope === 'project' || finding.segmentId === focusedSegmentId,
  );
  const dismissed = inScope.filter((finding) => finding.isDismissed === true).length;
  const shown = isShowingDismissed
    ? inScope
    : inScope.filter((finding) => finding.isDismissed !== true);
  return (
    <section
      className="side-panel term-check-panel"
      aria-labelledby="term-check-title"
      data-role="term-check"
    >
      <div className="side-panel__heading">
        <h2 id="term-check-title">{t('check.title')}</h2>
      </div>
      <div className="segmented" role="radiogroup" aria-label={t('check.scope')}>
        {SCOPES.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={scope === value}
            data-scope={value}
            className={
              scope === value ? 'segmented-option segmented-option--current' : 'segmented-option'
            }
            onClick={() => {
              setScope(value);
              onScopeChange?.(value);
            }}
          >
            {t(`check.${value}`)}
          </button>
        ))}
      </div>
      {findings === undefined ? (
        <p className="side-panel__empty">{t('check.checking')}</p>
      ) : scope === 'segment' && focusedSegmentId === undefined ? (
        <p className="side-panel__empty">{t('check.noSegment')}</p>
      ) : shown.length === 0 ? (
        <p className="side-panel__empty">{t('check.none')}</p>
      ) : (
        <TermFindingList
          findings={shown}
          onGoTo={onGoTo}
          onDismiss={onDismiss}
          showsSegment={scope === 'project'}
        />
      )}
      {dismissed > 0 ? (
        <label className="term-check-panel__dismissed">
          <input
            type="checkbox"
            checked={isShowingDismissed}
            onChange={(event) => setIsShowingDismissed(event.target.checked)}
          />
          {t('check.showDismissed', { count: dismissed })}
        </label>
      ) : null}
    </section>
  );
}
