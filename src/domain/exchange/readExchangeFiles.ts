import { readProjectBundle } from '../bundle/readProjectBundle';
import type { ProjectBundle } from '../bundle/projectBundle';
import { isSameLanguage } from '../language/isSameLanguage';
import type { XmlInput } from '../xml/xmlNode';
import { detectExchangeFormat } from './detectExchangeFormat';
import { ExchangeFileError } from './ExchangeFileError';
import { ExchangeFormatError } from './ExchangeFormatError';
import type { ExchangeDocument } from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import type { ParallelFormatName } from './parallelFormatName';
import { readExchangeDocument } from './readExchangeDocument';
import { readMoses } from './readMoses';

export interface ExchangeFileText {
  readonly name: string;
  /** The whole text; or, when `pieces` is given, its beginning (enough to tell the format). */
  readonly text: string;
  /** The whole text in pieces, from its start, for the readers that stream (TMX, XLIFF). */
  readonly pieces?: () => AsyncIterable<string>;
}

export type ReadExchangeFiles =
  | { readonly kind: 'bundle'; readonly bundle: ProjectBundle }
  | {
      readonly kind: 'parallel';
      readonly format: ParallelFormatName;
      readonly document: ExchangeDocument;
    };

export interface ExchangeFilesOptions extends ExchangeReadOptions {
  /** How to hand a long XML text to its reader (in pieces, to let a page breathe); default whole. */
  readonly pieces?: (text: string) => XmlInput;
}

/**
 * Reads what a user chose to import: one exchange file (TMX, XLIFF, TSV, CSV, JSON Lines, told
 * from its content), a project bundle, or the two sides of a Moses pair (named NAME.zh and
 * NAME.en, told apart by their languages). The languages asked for are matched leniently; a
 * file without them is refused with languageMismatch. Throws ExchangeFileError when the files are
 * none of these, and the readers' errors (XmlReadError, ExchangeFormatError…) for their content.
 */
export async function readExchangeFiles(
  files: readonly ExchangeFileText[],
  { pieces = (text) => text, ...options }: ExchangeFilesOptions = {},
): Promise<ReadExchangeFiles> {
  const [chosen, other, ...rest] = files;
  if (chosen === undefined || rest.length > 0) throw new ExchangeFileError('tooManyFiles');
  const format = detectExchangeFormat(chosen.text, chosen.name);
  const isStreamed = format === 'tmx' || format === 'xliff2' || format === 'xliff12';
  const first = isStreamed ? chosen : await wholeFile(chosen);
  const second = other === undefined ? undefined : await wholeFile(other);
  if (second !== undefined) {
    if (format !== 'moses' || detectExchangeFormat(second.text, second.name) !== 'moses')
      throw new ExchangeFileError('tooManyFiles');
    return { kind: 'parallel', format: 'moses', document: readMosesPair(first, second, options) };
  }
  switch (format) {
    case undefined:
      throw new ExchangeFileError('unknownFormat', first.name);
    case 'tbx':
    case 'tbx2':
      throw new ExchangeFileError('termbase', first.name);
    case 'moses':
      throw new ExchangeFileError('mosesPair', first.name);
    case 'json':
      return { kind: 'bundle', bundle: readProjectBundle(first.text) };
    default: {
      const input = isStreamed ? (first.pieces?.() ?? pieces(first.text)) : first.text;
      const document = await readExchangeDocument(input, format, options);
      const tags = languageTagsIn(first.text);
      const asWritten = (read: string, fallback: string) =>
        tags.find((tag) => isSameLanguage(tag, read)) ?? (read === '' ? fallback : read);
      return {
        kind: 'parallel',
        format,
        document: {
          ...document,
          sourceLang: asWritten(document.sourceLang, options.sourceLang ?? 'zh-CN'),
          targetLang: asWritten(document.targetLang, options.targetLang ?? 'en'),
        },
      };
    }
  }
}

function readMosesPair(
  first: ExchangeFileText,
  second: ExchangeFileText,
  { sourceLang = 'zh', targetLang = 'en' }: ExchangeReadOptions,
): ExchangeDocument {
  const languageOf = (file: ExchangeFileText) => /\.([^.]+)$/.exec(file.name)?.[1] ?? '';
  const sides = [first, second];
  const source = sides.find((file) => isSameLanguage(languageOf(file), sourceLang));
  const target = sides.find(
    (file) => file !== source && isSameLanguage(languageOf(file), targetLang),
  );
  if (source === undefined) throw new ExchangeFormatError('languageMismatch', 0, sourceLang);
  if (target === undefined) throw new ExchangeFormatError('languageMismatch', 0, targetLang);
  return readMoses(source.text, target.text, {
    sourceLang: languageOf(source),
    targetLang: languageOf(target),
  });
}

/** The language tags an XML file writes, in their order, as written (zh-CN rather than zh). */
function languageTagsIn(text: string): string[] {
  const found = text
    .slice(0, 1 << 20)
    .matchAll(
      /\b(?:xml:lang|srclang|srcLang|trgLang|source-language|target-language)\s*=\s*["']([^"']+)["']/g,
    );
  return [...new Set([...found].map((match) => match[1] ?? ''))].filter((tag) => tag !== '*all*');
}

/** A file's whole text, its pieces joined when it came in pieces. */
async function wholeFile(file: ExchangeFileText): Promise<ExchangeFileText> {
  if (file.pieces === undefined) return file;
  let text = '';
  for await (const piece of file.pieces()) text += piece;
  return { name: file.name, text };
}
