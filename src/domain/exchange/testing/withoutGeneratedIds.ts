import type { ExchangeDocument } from '../exchangeUnit';

/** `read` without the ids a writer made up for units of `original` that had none. */
export function withoutGeneratedIds(
  read: ExchangeDocument,
  original: ExchangeDocument,
): ExchangeDocument {
  return {
    ...read,
    units: read.units.map((unit, index) => {
      if (original.units[index]?.id !== undefined) return unit;
      const { id: _id, ...rest } = unit;
      return rest;
    }),
  };
}
