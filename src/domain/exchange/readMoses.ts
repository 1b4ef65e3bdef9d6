import { unescapeLineField } from '../delimited/unescapeLineField';
import type { ExchangeDocument } from './exchangeUnit';
import { ExchangeFormatError } from './ExchangeFormatError';

/**
 * Reads Moses/OPUS parallel text (two texts, line n translating line n), undoing writeMoses's
 * escapes; a line end may be CRLF. A unit with a target is translated, one without new. Texts of
 * different line counts are refused, naming the first line that has no partner.
 */
export function readMoses(
  sourceText: string,
  targetText: string,
  languages: { readonly sourceLang: string; readonly targetLang: string },
): ExchangeDocument {
  const lines = (text: string) => {
    const list = text.replace(/^\uFEFF/, '').split('\n');
    if (list.at(-1) === '') list.pop();
    return list.map((line) => unescapeLineField(line.endsWith('\r') ? line.slice(0, -1) : line));
  };
  const sources = lines(sourceText);
  const targets = lines(targetText);
  if (sources.length !== targets.length)
    throw new ExchangeFormatError(
      'lineCountMismatch',
      Math.min(sources.length, targets.length) + 1,
      sources.length > targets.length ? 'target' : 'source',
    );
  return {
    ...languages,
    units: sources.map((source, index) => {
      const target = targets[index] ?? '';
      return { source, target, status: target === '' ? 'new' : 'translated', note: '' };
    }),
  };
}
