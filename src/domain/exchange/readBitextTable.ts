import { DelimitedFormatError } from '../delimited/DelimitedFormatError';
import { parseDelimitedText } from '../delimited/parseDelimitedText';
import { isSameLanguage } from '../language/isSameLanguage';
import { BITEXT_COLUMNS, type BitextColumn } from './bitextColumns';
import type { ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import { ExchangeFormatError } from './ExchangeFormatError';
import { isSegmentStatus } from './isSegmentStatus';

const LANGUAGE_TAG = /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i;

/**
 * Reads a parallel-text table written by writeBitextTable or by another tool: a header naming the
 * languages (or `source`/`target`) and any of our columns, in any order; without a recognisable
 * header, the first two columns are source and target in the languages `options` give. Source
 * and target columns are chosen by the languages asked for, matched leniently. Refusals name
 * their line: DelimitedFormatError for the table, ExchangeFormatError for the languages.
 */
export function readBitextTable(
  text: string,
  format: 'tsv' | 'csv',
  options: ExchangeReadOptions = {},
): ExchangeDocument {
  const rows = parseDelimitedText(
    text,
    format === 'csv'
      ? { delimiter: ',', quoting: 'rfc4180' }
      : { delimiter: '\t', quoting: 'backslash' },
  );
  const [first, ...rest] = rows;
  if (first === undefined) throw new DelimitedFormatError('missingHeader', 1);
  const names = first.cells.map((cell) => cell.trim());
  const isOurColumn = (name: string) =>
    (BITEXT_COLUMNS as readonly string[]).includes(name.toLowerCase());
  const isTextColumn = (name: string) =>
    !isOurColumn(name) && (LANGUAGE_TAG.test(name) || /^(source|target)$/i.test(name));
  const textColumns = names.flatMap((name, index) => (isTextColumn(name) ? [index] : []));
  const hasHeader =
    names.every((name) => name === '' || isOurColumn(name) || isTextColumn(name)) &&
    textColumns.length >= 2;
  const body = hasHeader ? rest : rows;
  const named = (name: string) => names.findIndex((candidate) => candidate.toLowerCase() === name);
  const pick = (wanted: string | undefined, role: 'source' | 'target', exclude: number): number => {
    if (!hasHeader) return role === 'source' ? 0 : 1;
    if (named(role) >= 0) return named(role);
    const candidates = textColumns.filter((index) => index !== exclude);
    if (wanted === undefined) return candidates[0] ?? -1;
    const found = candidates.find((index) => isSameLanguage(names[index] ?? '', wanted));
    if (found === undefined) throw new ExchangeFormatError('languageMismatch', first.line, wanted);
    return found;
  };
  const sourceColumn = pick(options.sourceLang, 'source', -1);
  const targetColumn = pick(options.targetLang, 'target', sourceColumn);
  const columnOf = new Map<BitextColumn, number>();
  if (hasHeader)
    names.forEach((name, index) => {
      const column = BITEXT_COLUMNS.find((known) => known === name.toLowerCase());
      if (column !== undefined && !columnOf.has(column)) columnOf.set(column, index);
    });
  const units: ExchangeUnit[] = [];
  for (const row of body) {
    const cell = (index: number | undefined) =>
      index === undefined || index < 0 ? '' : (row.cells[index] ?? '');
    const optional = (column: BitextColumn) => cell(columnOf.get(column));
    const source = cell(sourceColumn);
    const target = cell(targetColumn);
    if (source === '' && target === '' && row.cells.every((value) => value.trim() === '')) continue;
    const status = optional('status').trim().toLowerCase();
    if (status !== '' && !isSegmentStatus(status))
      throw new DelimitedFormatError('badValue', row.line, 'status');
    const date = (column: 'created' | 'changed') => {
      const value = optional(column).trim();
      if (value === '') return undefined;
      const time = Date.parse(value);
      if (Number.isNaN(time)) throw new DelimitedFormatError('badValue', row.line, column);
      return time;
    };
    const createdAt = date('created');
    const changedAt = date('changed');
    const [id, file, author] = [optional('id'), optional('file'), optional('author')];
    units.push({
      ...(id === '' ? {} : { id }),
      ...(file === '' ? {} : { file }),
      source,
      target,
      status: isSegmentStatus(status) ? status : target === '' ? 'new' : 'translated',
      note: optional('note'),
      ...(author === '' ? {} : { author }),
      ...(createdAt === undefined ? {} : { createdAt }),
      ...(changedAt === undefined ? {} : { changedAt }),
    });
  }
  options.onProgress?.(units.length);
  const languageOf = (index: number, fallback: string | undefined) => {
    const name = names[index] ?? '';
    return hasHeader && LANGUAGE_TAG.test(name) && !/^(source|target)$/i.test(name)
      ? name
      : (fallback ?? '');
  };
  return {
    sourceLang: languageOf(sourceColumn, options.sourceLang),
    targetLang: languageOf(targetColumn, options.targetLang),
    units,
  };
}
