import type { ExchangeDocument } from './exchangeUnit';
import type { ExchangeWriteOptions } from './exchangeWriteOptions';

/**
 * JSON Lines: one unit an object a line, each naming its languages (so any line stands alone),
 * with every field of the unit, dates as ISO 8601, inline codes included.
 */
export function writeJsonLines(
  document: ExchangeDocument,
  options: ExchangeWriteOptions = {},
): string {
  return document.units
    .filter((unit) => options.includeUntranslated !== false || unit.target !== '')
    .map((unit) => {
      const { createdAt, changedAt, ...rest } = unit;
      return `${JSON.stringify({
        sourceLang: document.sourceLang,
        targetLang: document.targetLang,
        ...rest,
        ...(createdAt === undefined ? {} : { createdAt: new Date(createdAt).toISOString() }),
        ...(changedAt === undefined ? {} : { changedAt: new Date(changedAt).toISOString() }),
      })}\n`;
    })
    .join('');
}
