import type { SegmentStatus } from '../../../domain/model';

const COLOURS: Readonly<Record<string, string>> = {
  new: '#c3c9d2',
  draft: '#f79009',
  translated: '#12b76a',
  reviewed: '#2e90fa',
  approved: '#7a5af8',
  rejected: '#f04438',
  locked: '#475467',
};

/** The fill of a status in the progress charts: the hue of its badge. */
export function statusChartColour(status: SegmentStatus): string {
  return COLOURS[status] ?? '#98a2b3';
}
