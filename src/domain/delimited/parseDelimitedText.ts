import { DelimitedFormatError } from './DelimitedFormatError';
import type { DelimitedOptions, DelimitedRow } from './delimitedOptions';
import { unescapeLineField } from './unescapeLineField';

/**
 * Reads CSV or TSV into rows of cells, each with the line it starts on. A byte-order mark is
 * ignored, lines may end in CRLF, LF or CR, empty lines are skipped. With `rfc4180` quoting a
 * cell that starts with a quote runs to its closing quote (across lines, `""` for a quote); in a
 * TSV a cell that only starts with a quote character, as hand-written files have, is read as
 * written. Refusals name their line.
 */
export function parseDelimitedText(text: string, options: DelimitedOptions): DelimitedRow[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return options.quoting === 'backslash'
    ? parseBackslashed(input, options.delimiter)
    : parseQuoted(input, options.delimiter);
}

function parseBackslashed(text: string, delimiter: string): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  text.split(/\r\n|\n|\r/).forEach((lineText, index) => {
    if (lineText === '') return;
    rows.push({ cells: lineText.split(delimiter).map(unescapeLineField), line: index + 1 });
  });
  return rows;
}

function parseQuoted(text: string, delimiter: string): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  const isTsv = delimiter === '\t';
  let line = 1;
  let index = 0;
  const length = text.length;
  const isLineEnd = (position: number) => text[position] === '\n' || text[position] === '\r';
  const skipLineEnd = () => {
    if (text[index] === '\r' && text[index + 1] === '\n') index += 2;
    else index += 1;
    line += 1;
  };
  while (index < length) {
    if (isLineEnd(index)) {
      skipLineEnd();
      continue;
    }
    const rowLine = line;
    const cells: string[] = [];
    for (;;) {
      const quoted = text[index] === '"' ? readQuotedCell() : undefined;
      if (quoted !== undefined) cells.push(quoted);
      else {
        let end = index;
        while (end < length && text[end] !== delimiter && !isLineEnd(end)) end += 1;
        cells.push(text.slice(index, end));
        index = end;
      }
      if (index < length && text[index] === delimiter) {
        index += 1;
        continue;
      }
      if (index < length) skipLineEnd();
      break;
    }
    rows.push({ cells, line: rowLine });
  }
  return rows;

  /** The cell starting at the quote at `index`, or undefined when a TSV cell is to be read as written. */
  function readQuotedCell(): string | undefined {
    const startIndex = index;
    const startLine = line;
    let value = '';
    let position = index + 1;
    let lineCount = 0;
    for (;;) {
      const close = text.indexOf('"', position);
      if (close < 0) {
        if (isTsv) return undefined;
        throw new DelimitedFormatError('unclosedQuote', startLine);
      }
      value += text.slice(position, close);
      if (text[close + 1] === '"') {
        value += '"';
        position = close + 2;
        continue;
      }
      const after = close + 1;
      if (after < length && text[after] !== delimiter && !isLineEnd(after)) {
        if (isTsv) return undefined;
        throw new DelimitedFormatError(
          'textAfterQuote',
          startLine + countLineBreaks(text.slice(startIndex, after)),
        );
      }
      lineCount = countLineBreaks(text.slice(startIndex, after));
      index = after;
      line += lineCount;
      return value;
    }
  }
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\n|\r/g) ?? []).length;
}
