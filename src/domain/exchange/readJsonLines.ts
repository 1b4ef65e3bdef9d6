import { isSameLanguage } from '../language/isSameLanguage';
import type {
  ExchangeDocument,
  ExchangeProperty,
  ExchangeUnit,
  PlacedInlineCode,
} from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import { ExchangeFormatError } from './ExchangeFormatError';
import { isSegmentStatus } from './isSegmentStatus';

/**
 * Reads JSON Lines as writeJsonLines writes them (`source` and `target` required; status, note,
 * id, file, author, dates, codes optional), the languages from the first line's `sourceLang` and
 * `targetLang`. A line that is not a JSON object, lacks a text, or has other languages than the
 * first is refused by its number.
 */
export function readJsonLines(text: string, options: ExchangeReadOptions = {}): ExchangeDocument {
  let sourceLang = options.sourceLang;
  let targetLang = options.targetLang;
  const units: ExchangeUnit[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const lineNumber = index + 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new ExchangeFormatError('badJson', lineNumber);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ExchangeFormatError('badJson', lineNumber);
      const record = value as Record<string, unknown>;
      const text = (name: string, isRequired = false): string | undefined => {
        const field = record[name];
        if (field === undefined && !isRequired) return undefined;
        if (typeof field !== 'string') throw new ExchangeFormatError('badValue', lineNumber, name);
        return field;
      };
      const languages = [text('sourceLang'), text('targetLang')] as const;
      if (languages[0] !== undefined) {
        if (sourceLang === undefined) sourceLang = languages[0];
        else if (!isSameLanguage(languages[0], sourceLang))
          throw new ExchangeFormatError('languageMismatch', lineNumber, languages[0]);
      }
      if (languages[1] !== undefined) {
        if (targetLang === undefined) targetLang = languages[1];
        else if (!isSameLanguage(languages[1], targetLang))
          throw new ExchangeFormatError('languageMismatch', lineNumber, languages[1]);
      }
      const source = text('source', true) ?? '';
      const target = text('target', true) ?? '';
      const status = text('status');
      if (status !== undefined && !isSegmentStatus(status))
        throw new ExchangeFormatError('badValue', lineNumber, 'status');
      const date = (name: string) => {
        const field = text(name);
        if (field === undefined) return undefined;
        const time = Date.parse(field);
        if (Number.isNaN(time)) throw new ExchangeFormatError('badValue', lineNumber, name);
        return time;
      };
      const [id, file, author] = [text('id'), text('file'), text('author')];
      const [createdAt, changedAt] = [date('createdAt'), date('changedAt')];
      const codes = (name: string) => {
        const field = record[name];
        if (field === undefined) return undefined;
        if (!Array.isArray(field) || !field.every(isPlacedCode))
          throw new ExchangeFormatError('badValue', lineNumber, name);
        return field;
      };
      const [sourceCodes, targetCodes] = [codes('sourceCodes'), codes('targetCodes')];
      const properties = record['properties'];
      if (properties !== undefined && !(Array.isArray(properties) && properties.every(isProperty)))
        throw new ExchangeFormatError('badValue', lineNumber, 'properties');
      units.push({
        ...(id === undefined ? {} : { id }),
        ...(file === undefined ? {} : { file }),
        source,
        target,
        ...(sourceCodes === undefined ? {} : { sourceCodes }),
        ...(targetCodes === undefined ? {} : { targetCodes }),
        status: status ?? (target === '' ? 'new' : 'translated'),
        note: text('note') ?? '',
        ...(author === undefined ? {} : { author }),
        ...(createdAt === undefined ? {} : { createdAt }),
        ...(changedAt === undefined ? {} : { changedAt }),
        ...(properties === undefined ? {} : { properties }),
      });
    });
  options.onProgress?.(units.length);
  return { sourceLang: sourceLang ?? '', targetLang: targetLang ?? '', units };
}

function isPlacedCode(value: unknown): value is PlacedInlineCode {
  if (typeof value !== 'object' || value === null) return false;
  const { offset, code } = value as { offset?: unknown; code?: unknown };
  if (typeof offset !== 'number' || typeof code !== 'object' || code === null) return false;
  const { kind, id } = code as { kind?: unknown; id?: unknown; code?: unknown };
  return (
    (kind === 'open' || kind === 'close' || kind === 'placeholder') &&
    typeof id === 'string' &&
    typeof (code as { code?: unknown }).code === 'string'
  );
}

function isProperty(value: unknown): value is ExchangeProperty {
  if (typeof value !== 'object' || value === null) return false;
  const { type, value: text } = value as { type?: unknown; value?: unknown };
  return typeof type === 'string' && typeof text === 'string';
}
