import { filterSegments } from '../review/filterSegments';
import type { SegmentFilter } from '../review/segmentFilter';
import type { ExchangeDocument } from './exchangeUnit';

/**
 * The units of a parallel text that the segment filter keeps (text in the source or the target,
 * statuses: the app's filter, without the check and annotation conditions), in their order.
 * A bad regular expression throws SearchPatternError.
 */
export function filterExchangeUnits(
  document: ExchangeDocument,
  filter: Omit<SegmentFilter, 'withFindings' | 'withAnnotations'>,
): ExchangeDocument {
  const kept = filterSegments(
    document.units.map((unit, index) => ({ ...unit, id: String(index) })),
    filter,
  );
  return { ...document, units: kept.flatMap((index) => document.units[index] ?? []) };
}
