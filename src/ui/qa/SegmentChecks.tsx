import { useTranslation } from 'react-i18next';
import type { Segment } from '../../domain/model';
import { plainTextFromRichText } from '../../domain/richText';
import { useLocalTarget } from '../translate/editing/EditingContext';
import { FindingItem } from './FindingItem';
import { useSegmentFindings } from './useSegmentFindings';

export interface SegmentChecksProps {
  readonly segment: Segment;
  readonly segments: readonly Segment[];
  readonly targetTextOf: (segment: Segment) => string;
  readonly dismissedKeys: ReadonlySet<string>;
  readonly onDismiss: (key: string) => void;
}

/** The findings of the focused segment, checked again as the translator types. */
export function SegmentChecks({
  segment,
  segments,
  targetTextOf,
  dismissedKeys,
  onDismiss,
}: SegmentChecksProps) {
  const { t } = useTranslation('review');
  const typed = useLocalTarget(segment.id);
  const findings = useSegmentFindings(
    segments,
    segment.id,
    typed === undefined ? undefined : plainTextFromRichText(typed),
    targetTextOf,
  )?.filter((finding) => !dismissedKeys.has(finding.key));
  if (findings === undefined) return null;
  if (findings.length === 0) return <p className="side-panel__empty">{t('checks.segmentNone')}</p>;
  return (
    <ul className="checks-panel__list" data-role="segment-findings">
      {findings.map((finding) => (
        <FindingItem
          key={finding.key}
          finding={finding}
          segmentNumber={segment.order + 1}
          isLinked={false}
          onGoTo={() => undefined}
          onDismiss={() => onDismiss(finding.key)}
        />
      ))}
    </ul>
  );
}
