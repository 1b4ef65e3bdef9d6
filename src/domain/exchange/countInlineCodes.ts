import type { ExchangeDocument } from './exchangeUnit';

/** How many inline codes a document holds: what a text-only format (TSV, CSV, Moses) leaves out. */
export function countInlineCodes(document: ExchangeDocument): number {
  return document.units.reduce(
    (count, unit) => count + (unit.sourceCodes?.length ?? 0) + (unit.targetCodes?.length ?? 0),
    0,
  );
}
