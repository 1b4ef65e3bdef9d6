import { isConfirmedStatus } from '../status/nextSegmentStatus';
import { escapeXmlText } from '../xml/escapeXmlText';
import { xmlElementText } from '../xml/xmlElementText';
import { createInlineCodeNumbers } from './createInlineCodeNumbers';
import type { ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import type { ExchangeWriteOptions } from './exchangeWriteOptions';
import { groupUnitsByFile } from './groupUnitsByFile';
import { uniqueUnitIds } from './uniqueUnitIds';
import { writeInlineContent } from './writeInlineContent';
import { xliff12State } from './xliff12State';

/**
 * An XLIFF 1.2 file for the tools that read only it: a `<file>` a document with both languages,
 * a `<trans-unit>` a unit with `state` on its `<target>` and its note; `approved="yes"` on every
 * confirmed unit (translated and above), since readers such as translate-toolkit take any other
 * translated unit as fuzzy. XLIFF 1.2 has no place for the author and dates: they are not written.
 */
export function writeXliff12(
  document: ExchangeDocument,
  options: ExchangeWriteOptions = {},
): string {
  const groups = groupUnitsByFile(
    document.units.filter((unit) => options.includeUntranslated !== false || unit.target !== ''),
  );
  const files = (groups.length === 0 ? [{ file: undefined, units: [] }] : groups).map(
    ({ file, units }) => {
      const { ids } = uniqueUnitIds(units);
      const body = units
        .map((unit, index) => `      ${unitElement(unit, ids[index] ?? '')}\n`)
        .join('');
      return `  ${xmlElementText(
        'file',
        {
          original: file ?? 'bitext',
          'source-language': document.sourceLang,
          'target-language': document.targetLang,
          datatype: 'plaintext',
        },
        `\n    <body>\n${body}    </body>\n  `,
      )}\n`;
    },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n${files.join('')}</xliff>\n`;
}

function unitElement(unit: ExchangeUnit, id: string): string {
  const numbers = createInlineCodeNumbers();
  const source = writeInlineContent(unit.source, unit.sourceCodes, 'xliff12', numbers);
  const target =
    unit.target === ''
      ? ''
      : xmlElementText(
          'target',
          { state: xliff12State(unit.status) },
          writeInlineContent(unit.target, unit.targetCodes, 'xliff12', numbers),
        );
  return xmlElementText(
    'trans-unit',
    {
      id,
      resname: unit.id !== undefined && unit.id !== id ? unit.id : undefined,
      approved: isConfirmedStatus(unit.status) ? 'yes' : undefined,
      'xml:space': 'preserve',
    },
    `<source>${source}</source>${target}${unit.note === '' ? '' : `<note>${escapeXmlText(unit.note)}</note>`}`,
  );
}
