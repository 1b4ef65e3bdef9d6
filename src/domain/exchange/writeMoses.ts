import { escapeLineField } from '../delimited/escapeLineField';
import type { ExchangeDocument } from './exchangeUnit';
import type { ExchangeWriteOptions } from './exchangeWriteOptions';

/**
 * Moses/OPUS parallel text: two texts (`NAME.zh`, `NAME.en`), line n of one translating line n of
 * the other, every line ending in a line feed. A segment stays on its line whatever it holds: a
 * backslash, tab or line break inside it is written `\\`, `\t`, `\n`, `\r` (other characters some
 * tools take as line breaks, such as U+2028, as `\uXXXX`); readMoses reverses it. Untranslated
 * units give an empty target line unless left out.
 */
export function writeMoses(
  document: ExchangeDocument,
  options: ExchangeWriteOptions = {},
): { source: string; target: string } {
  const units = document.units.filter(
    (unit) => options.includeUntranslated !== false || unit.target !== '',
  );
  return {
    source: units.map((unit) => `${escapeLineField(unit.source)}\n`).join(''),
    target: units.map((unit) => `${escapeLineField(unit.target)}\n`).join(''),
  };
}
