import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewTableLabels } from '../../domain/exchange/review/reviewTableLabels';
import { SEGMENT_STATUSES, type SegmentStatus } from '../../domain/model';

/** The review table's words in the UI language, its title naming what is exported. */
export function useReviewLabels(name: string): ReviewTableLabels {
  const { t } = useTranslation(['exchange', 'translate']);
  return useMemo(
    () => ({
      title: t('exchange:review.title', { name }),
      number: t('exchange:review.number'),
      source: t('exchange:review.source'),
      target: t('exchange:review.target'),
      status: t('exchange:review.status'),
      note: t('exchange:review.note'),
      statuses: Object.fromEntries(
        SEGMENT_STATUSES.map((status) => [status, t(`translate:status.${status}`)]),
      ) as Record<SegmentStatus, string>,
    }),
    [t, name],
  );
}
