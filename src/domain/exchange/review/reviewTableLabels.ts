import type { SegmentStatus } from '../../model';

/** The words of a review table in the reader's language: the UI passes translated ones. */
export interface ReviewTableLabels {
  readonly title: string;
  readonly number: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly note: string;
  readonly statuses: Readonly<Record<SegmentStatus, string>>;
}

/** The English words, for the command line and tests. */
export const ENGLISH_REVIEW_LABELS: ReviewTableLabels = {
  title: 'Bilingual review',
  number: '#',
  source: 'Chinese',
  target: 'English',
  status: 'Status',
  note: 'Note',
  statuses: {
    new: 'New',
    draft: 'Draft',
    translated: 'Translated',
    reviewed: 'Reviewed',
    approved: 'Approved',
    rejected: 'Rejected',
    locked: 'Locked',
  },
};
