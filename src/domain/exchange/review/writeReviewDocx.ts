import {
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { replaceXmlDisallowedCharacters } from '../../xml/replaceXmlDisallowedCharacters';
import type { ExchangeDocument } from '../exchangeUnit';
import type { ReviewTableLabels } from './reviewTableLabels';

type LanguageOptions = NonNullable<IRunOptions['language']>;

const WIDTHS = [6, 34, 34, 10, 16];

/**
 * A bilingual review table as a Word document (landscape A4): a header row repeated on every page,
 * then a row a unit with its number, Chinese and English side by side (runs tagged with their
 * language, line breaks kept), status and note.
 */
export async function writeReviewDocx(
  document: ExchangeDocument,
  labels: ReviewTableLabels,
): Promise<Uint8Array> {
  const sourceLanguage: LanguageOptions = { eastAsia: document.sourceLang };
  const targetLanguage: LanguageOptions = { value: document.targetLang };
  const cell = (
    text: string,
    width: number,
    options: { bold?: boolean; language?: LanguageOptions } = {},
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          children: replaceXmlDisallowedCharacters(text)
            .split(/\r\n|\n|\r/)
            .map(
              (line, index) =>
                new TextRun({
                  text: line,
                  break: index === 0 ? undefined : 1,
                  bold: options.bold,
                  language: options.language,
                }),
            ),
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: [labels.number, labels.source, labels.target, labels.status, labels.note].map(
      (text, index) => cell(text, WIDTHS[index] ?? 10, { bold: true }),
    ),
  });
  const rows = document.units.map(
    (unit, index) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(index + 1), WIDTHS[0] ?? 6),
          cell(unit.source, WIDTHS[1] ?? 34, { language: sourceLanguage }),
          cell(unit.target, WIDTHS[2] ?? 34, { language: targetLanguage }),
          cell(labels.statuses[unit.status], WIDTHS[3] ?? 10),
          cell(unit.note, WIDTHS[4] ?? 16),
        ],
      }),
  );
  const file = new Document({
    title: labels.title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ children: [new TextRun({ text: labels.title, bold: true, size: 28 })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
