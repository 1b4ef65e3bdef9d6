import { DelimitedFormatError } from '../delimited/DelimitedFormatError';
import { parseDelimitedText } from '../delimited/parseDelimitedText';
import { TERM_STATUSES, type GlossaryEntry, type TermStatus } from './glossaryEntry';
import { GLOSSARY_COLUMN_NAMES, type GlossaryColumn } from './glossaryColumnNames';

/**
 * Reads a glossary table, TSV (the default) or CSV with RFC 4180 quoting, whose first row is a
 * header naming the columns in any order: `zh` and `en` (or their synonyms) required, `status`,
 * `pos`, `note`, `entry note`, `entry source`, `domain`, `definition`, `variants` (separated by
 * `;`), `created`, `changed` (ISO dates) optional. With an `entry note` column, `note` is the
 * rendering's alone. One row a rendering; blank lines are skipped. Refusals are
 * DelimitedFormatErrors naming the line (and the column).
 */
export function parseGlossaryTsv(text: string, format: 'tsv' | 'csv' = 'tsv'): GlossaryEntry[] {
  const rows = parseDelimitedText(text, {
    delimiter: format === 'csv' ? ',' : '\t',
    quoting: 'rfc4180',
  });
  const [header, ...body] = rows;
  if (header === undefined) throw new DelimitedFormatError('missingHeader', 1);
  const columns = new Map<GlossaryColumn, number>();
  header.cells.forEach((name, index) => {
    const column = columnNamed(name);
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  for (const required of ['zh', 'en'] as const) {
    if (!columns.has(required))
      throw new DelimitedFormatError('missingColumn', header.line, required);
  }
  const entries: GlossaryEntry[] = [];
  for (const row of body) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: GlossaryColumn): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    // A cell past the header's columns is most often a rendering cut at an unquoted comma.
    const extra = row.cells.slice(header.cells.length).find((value) => value.trim() !== '');
    if (extra !== undefined) throw new DelimitedFormatError('extraCells', row.line, extra.trim());
    const source = cell('zh');
    const target = cell('en');
    if (source === '') throw new DelimitedFormatError('emptyCell', row.line, 'zh');
    if (target === '') throw new DelimitedFormatError('emptyCell', row.line, 'en');
    const status = cell('status').toLowerCase();
    if (status !== '' && !isTermStatus(status))
      throw new DelimitedFormatError('badValue', row.line, 'status');
    const variants = cell('variants')
      .split(';')
      .map((variant) => variant.trim())
      .filter((variant) => variant !== '');
    entries.push({
      source,
      target,
      partOfSpeech: cell('pos'),
      note: cell('note'),
      ...(columns.has('entryNote') ? { entryNote: cell('entryNote') } : {}),
      ...optionalText('entrySource', cell('entrySource')),
      ...(status === '' ? {} : { status: status as TermStatus }),
      ...optionalText('domain', cell('domain')),
      ...optionalText('definition', cell('definition')),
      ...(variants.length === 0 ? {} : { sourceVariants: variants }),
      ...optionalDate('createdAt', cell('created'), row.line),
      ...optionalDate('changedAt', cell('changed'), row.line),
    });
  }
  return entries;
}

function columnNamed(name: string): GlossaryColumn | undefined {
  const wanted = name.trim().toLowerCase();
  return (Object.keys(GLOSSARY_COLUMN_NAMES) as GlossaryColumn[]).find((column) =>
    GLOSSARY_COLUMN_NAMES[column].includes(wanted),
  );
}

function isTermStatus(value: string): value is TermStatus {
  return (TERM_STATUSES as readonly string[]).includes(value);
}

function optionalText<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function optionalDate<K extends string>(
  key: K,
  value: string,
  line: number,
): Partial<Record<K, number>> {
  if (value === '') return {};
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new DelimitedFormatError('badValue', line, key === 'createdAt' ? 'created' : 'changed');
  return { [key]: time } as Record<K, number>;
}
