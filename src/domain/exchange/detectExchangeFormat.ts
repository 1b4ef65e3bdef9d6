import { BUNDLE_FORMAT } from '../bundle/projectBundle';

/**
 * The exchange formats we read: parallel text and, for glossaries, termbases. `json` is a whole
 * JSON document (a project bundle, read elsewhere); `moses` one side of a Moses/OPUS pair.
 */
export type ExchangeFormatName =
  'tmx' | 'xliff2' | 'xliff12' | 'tbx' | 'tbx2' | 'tsv' | 'csv' | 'jsonl' | 'json' | 'moses';

const XML_ROOTS: Readonly<Record<string, ExchangeFormatName>> = {
  tmx: 'tmx',
  tbx: 'tbx',
  martif: 'tbx2',
};
const EXTENSIONS: Readonly<Record<string, ExchangeFormatName>> = {
  tmx: 'tmx',
  tbx: 'tbx',
  tsv: 'tsv',
  tab: 'tsv',
  csv: 'csv',
  jsonl: 'jsonl',
  json: 'json',
};

/**
 * Which format a file is in, from its content first (an XML root element, a JSON object a line, a
 * tab or a comma in its header line) and its name only where content cannot tell (a CSV of one
 * column, a Moses side named `NAME.zh`). undefined when neither tells.
 */
export function detectExchangeFormat(
  content: string,
  fileName = '',
): ExchangeFormatName | undefined {
  const text = content.replace(/^\uFEFF/, '');
  const extension = /\.([a-z0-9_-]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const start = text.trimStart();
  if (start.startsWith('<')) return detectXml(start);
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.startsWith('{')) return isJsonLine(firstLine) ? 'jsonl' : 'json';
  const byExtension = EXTENSIONS[extension];
  if (byExtension === 'tsv' || byExtension === 'csv') return byExtension;
  if (firstLine.includes('\t')) return 'tsv';
  if (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(extension) && extension !== 'txt') return 'moses';
  if (firstLine.includes(',') || firstLine.startsWith('"')) return 'csv';
  return byExtension;
}

function detectXml(text: string): ExchangeFormatName | undefined {
  const withoutProlog = text.replace(
    /^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>))*\s*/,
    '',
  );
  const root = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(withoutProlog);
  if (root === null) return undefined;
  const [, name = '', attributes = ''] = root;
  if (name === 'xliff') {
    if (/version\s*=\s*["']2/.test(attributes) || attributes.includes('xliff:document:2.'))
      return 'xliff2';
    return 'xliff12';
  }
  return XML_ROOTS[name];
}

/** Whether a line is one JSON object, and not a whole project bundle written on one line. */
function isJsonLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !('format' in value && value.format === BUNDLE_FORMAT)
    );
  } catch {
    return false;
  }
}
