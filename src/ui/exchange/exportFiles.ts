import type { ExchangeDocument } from '../../domain/exchange/exchangeUnit';
import type { ReviewTableLabels } from '../../domain/exchange/review/reviewTableLabels';
import type { ExportFormat } from './exportFormats';

export interface ExportFile {
  readonly fileName: string;
  readonly content: BlobPart;
  readonly type: string;
}

const TYPES: Readonly<
  Record<Exclude<ExportFormat, 'bundle' | 'moses'>, readonly [string, string]>
> = {
  tmx: ['tmx', 'application/x-tmx+xml'],
  xliff2: ['xlf', 'application/xliff+xml'],
  xliff12: ['xliff', 'application/xliff+xml'],
  tsv: ['tsv', 'text/tab-separated-values;charset=utf-8'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  jsonl: ['jsonl', 'application/jsonl;charset=utf-8'],
  docx: ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  html: ['html', 'text/html;charset=utf-8'],
};

/**
 * The file an export of parallel text gives; a Moses pair's two sides (NAME.zh, NAME.en, named
 * by the primary language subtags) come in one NAME.zip, so that the browser downloads them
 * together. The review table's writers load on first use.
 */
export async function exportFiles(
  document: ExchangeDocument,
  format: Exclude<ExportFormat, 'bundle'>,
  {
    name,
    includeUntranslated,
    labels,
    pageLanguage,
  }: {
    readonly name: string;
    readonly includeUntranslated: boolean;
    readonly labels: ReviewTableLabels;
    readonly pageLanguage: string;
  },
): Promise<ExportFile[]> {
  const units = includeUntranslated
    ? document.units
    : document.units.filter((unit) => unit.target !== '');
  const shown = { ...document, units };
  if (format === 'docx') {
    const { writeReviewDocx } = await import('../../domain/exchange/review/writeReviewDocx');
    const bytes = await writeReviewDocx(shown, labels);
    return [{ fileName: `${name}.docx`, content: new Uint8Array(bytes), type: TYPES.docx[1] }];
  }
  if (format === 'html') {
    const { writeReviewHtml } = await import('../../domain/exchange/review/writeReviewHtml');
    return [
      {
        fileName: `${name}.html`,
        content: writeReviewHtml(shown, labels, pageLanguage),
        type: TYPES.html[1],
      },
    ];
  }
  const { writeExchangeDocument } = await import('../../domain/exchange/writeExchangeDocument');
  const written = writeExchangeDocument(document, format, { includeUntranslated });
  if (typeof written === 'string' && format !== 'moses') {
    const [extension, type] = TYPES[format];
    return [{ fileName: `${name}.${extension}`, content: written, type }];
  }
  if (typeof written === 'string') throw new TypeError('A Moses pair is two texts.');
  const extension = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() || tag;
  const { writeZip } = await import('../../domain/zip/writeZip');
  const archive = writeZip([
    { name: `${name}.${extension(document.sourceLang)}`, content: written.source },
    { name: `${name}.${extension(document.targetLang)}`, content: written.target },
  ]);
  return [{ fileName: `${name}.zip`, content: archive, type: 'application/zip' }];
}
