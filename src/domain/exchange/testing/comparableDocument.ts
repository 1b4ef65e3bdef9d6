import type { ExchangeDocument, ExchangeUnit, PlacedInlineCode } from '../exchangeUnit';

export interface ComparableFields {
  /** Fields the format does not carry, left out on both sides. */
  readonly without?: readonly (keyof ExchangeUnit)[];
}

/**
 * A document reduced to what a round trip must keep: codes by offset, kind and code text (ids are
 * renumbered and native XML added by readers), absent optional fields left out.
 */
export function comparableDocument(
  document: ExchangeDocument,
  { without = [] }: ComparableFields = {},
): unknown {
  const codes = (list: readonly PlacedInlineCode[] | undefined) =>
    (list ?? []).map(({ offset, code }) => `${offset}:${code.kind}:${code.code}`).sort();
  return {
    sourceLang: document.sourceLang,
    targetLang: document.targetLang,
    units: document.units.map((unit) => {
      const entries = Object.entries({
        ...unit,
        sourceCodes: codes(unit.sourceCodes),
        targetCodes: codes(unit.targetCodes),
      }).filter(
        ([key, value]) =>
          value !== undefined &&
          !(without as readonly string[]).includes(key) &&
          !(Array.isArray(value) && value.length === 0),
      );
      return Object.fromEntries(entries);
    }),
  };
}
