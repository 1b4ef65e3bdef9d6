import { escapeXmlText } from '../xml/escapeXmlText';
import { xmlElementText } from '../xml/xmlElementText';
import { createInlineCodeNumbers } from './createInlineCodeNumbers';
import type { ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import { CREATION_TOOL, type ExchangeWriteOptions } from './exchangeWriteOptions';
import { tmxDate } from './tmxDate';
import { trimInlineContent } from './trimInlineContent';
import { writeInlineContent } from './writeInlineContent';

/**
 * A TMX 1.4b file: a header with all seven required attributes (`srclang` always), one `<tu>` a
 * unit with its note and `x-` properties (status, document, kept properties) first, then the
 * source `<tuv>` (translate-toolkit takes the first as the source) and the target's, both with
 * `xml:lang` as given. Segments are trimmed (TMX wants no white space at their ends); inline
 * codes are written back. Untranslated units are written as a source alone unless left out.
 */
export function writeTmx(document: ExchangeDocument, options: ExchangeWriteOptions = {}): string {
  const header = xmlElementText(
    'header',
    {
      creationtool: CREATION_TOOL.name,
      creationtoolversion: CREATION_TOOL.version,
      segtype: 'sentence',
      'o-tmf': 'bitext',
      adminlang: 'en',
      srclang: document.sourceLang,
      datatype: 'plaintext',
      creationdate: tmxDate(options.now ?? Date.now()),
    },
    xmlElementText('prop', { type: 'x-targetlang' }, escapeXmlText(document.targetLang)),
  );
  const units = document.units
    .filter((unit) => options.includeUntranslated !== false || unit.target !== '')
    .map((unit) => `    ${unitElement(unit, document)}\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${header}\n  <body>\n${units}  </body>\n</tmx>\n`;
}

function unitElement(unit: ExchangeUnit, document: ExchangeDocument): string {
  const hasPlainId = unit.id !== undefined && unit.id !== '' && !/\s/.test(unit.id);
  const properties = [
    ['x-status', unit.status],
    ...(unit.file === undefined ? [] : [['x-document', unit.file]]),
    ...(unit.id !== undefined && unit.id !== '' && !hasPlainId ? [['x-id', unit.id]] : []),
    ...(unit.properties ?? []).map((property) => [property.type, property.value]),
  ];
  const numbers = createInlineCodeNumbers();
  const variant = (language: string, text: string, codes: ExchangeUnit['sourceCodes']) => {
    const trimmed = trimInlineContent(text, codes);
    return xmlElementText(
      'tuv',
      { 'xml:lang': language },
      `<seg>${writeInlineContent(trimmed.text, trimmed.codes, 'tmx', numbers)}</seg>`,
    );
  };
  const content = [
    ...(unit.note === '' ? [] : [`<note>${escapeXmlText(unit.note)}</note>`]),
    ...properties.map(([type = '', value = '']) =>
      xmlElementText('prop', { type }, escapeXmlText(value)),
    ),
    variant(document.sourceLang, unit.source, unit.sourceCodes),
    ...(unit.target === '' ? [] : [variant(document.targetLang, unit.target, unit.targetCodes)]),
  ].join('');
  return xmlElementText(
    'tu',
    {
      tuid: hasPlainId ? unit.id : undefined,
      creationdate: unit.createdAt === undefined ? undefined : tmxDate(unit.createdAt),
      creationid: unit.author,
      changedate: unit.changedAt === undefined ? undefined : tmxDate(unit.changedAt),
      changeid: unit.author,
    },
    content,
  );
}
