import { isSameLanguage } from '../language/isSameLanguage';
import { childElements } from '../xml/childElements';
import { elementText } from '../xml/elementText';
import { readXmlStream } from '../xml/readXmlStream';
import type { XmlElement, XmlInput } from '../xml/xmlNode';
import type { ExchangeDocument, ExchangeProperty, ExchangeUnit } from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import { ExchangeFormatError } from './ExchangeFormatError';
import { isSegmentStatus } from './isSegmentStatus';
import { parseTmxDate } from './parseTmxDate';
import { readInlineContent } from './readInlineContent';

const PROGRESS_EVERY = 500;

/**
 * Reads a TMX file (1.4b; 1.1–1.3 alike) as it streams in, in memory proportional to one unit.
 * The source language is the header's `srclang` (or the first `<tuv>`'s when it is missing or
 * `*all*`), the target the first other language, unless `options` choose; `xml:lang` and the
 * old `lang` are matched leniently. Status, document and id come back from our `x-` properties,
 * other properties are kept; notes are joined by line breaks. Refusals name their line.
 */
export async function readTmx(
  input: XmlInput,
  options: ExchangeReadOptions = {},
): Promise<ExchangeDocument> {
  let sourceLang = options.sourceLang;
  let targetLang = options.targetLang;
  let sawHeader = false;
  const units: ExchangeUnit[] = [];
  // A file writes the same few tags on every unit: each pair is compared once.
  const sameLanguage = new Map<string, boolean>();
  const isSameLanguageOnce = (first: string, second: string) => {
    const key = `${first}\u0000${second}`;
    let same = sameLanguage.get(key);
    if (same === undefined) sameLanguage.set(key, (same = isSameLanguage(first, second)));
    return same;
  };
  await readXmlStream(input, {
    onStart: (start, ancestors) => {
      if (ancestors.length === 0 && start.name !== 'tmx')
        throw new ExchangeFormatError('wrongRoot', start.line, start.name);
      if (start.name === 'body' && !sawHeader)
        throw new ExchangeFormatError('missingElement', start.line, 'header');
    },
    collect: (start, ancestors) =>
      (start.name === 'header' && ancestors.length === 1) ||
      (start.name === 'tu' && ancestors.at(-1)?.name === 'body'),
    onElement: (element) => {
      if (element.name === 'header') {
        sawHeader = true;
        const declared = element.attributes['srclang'];
        if (sourceLang === undefined && declared !== undefined && declared !== '*all*')
          sourceLang = declared;
        const declaredTarget = childElements(element, 'prop').find(
          (property) => property.attributes['type'] === 'x-targetlang',
        );
        if (targetLang === undefined && declaredTarget !== undefined)
          targetLang = elementText(declaredTarget);
        return;
      }
      const variants = childElements(element, 'tuv').map((variant) => ({
        variant,
        language: variant.attributes['xml:lang'] ?? variant.attributes['lang'] ?? '',
      }));
      if (sourceLang === undefined) sourceLang = variants[0]?.language;
      const source = variants.find(({ language }) =>
        isSameLanguageOnce(language, sourceLang ?? ''),
      );
      if (source === undefined)
        throw new ExchangeFormatError('languageMismatch', element.line, sourceLang ?? '');
      if (targetLang === undefined)
        targetLang = variants.find(
          ({ language }) => !isSameLanguageOnce(language, sourceLang ?? ''),
        )?.language;
      const target =
        targetLang === undefined
          ? undefined
          : variants.find(({ language }) => isSameLanguageOnce(language, targetLang ?? ''));
      units.push(readUnit(element, source.variant, target?.variant));
      if (units.length % PROGRESS_EVERY === 0) options.onProgress?.(units.length);
    },
  });
  if (!sawHeader) throw new ExchangeFormatError('missingElement', 0, 'header');
  if (sourceLang === undefined) throw new ExchangeFormatError('missingLanguage', 0, 'srclang');
  if (options.targetLang === undefined && targetLang === undefined && units.length > 0)
    throw new ExchangeFormatError('missingLanguage', 0, 'target');
  options.onProgress?.(units.length);
  return { sourceLang, targetLang: targetLang ?? '', units };
}

function readUnit(
  unit: XmlElement,
  source: XmlElement,
  target: XmlElement | undefined,
): ExchangeUnit {
  const segment = (variant: XmlElement) => {
    const seg = childElements(variant, 'seg')[0];
    if (seg === undefined) throw new ExchangeFormatError('missingSegment', variant.line, 'seg');
    return readInlineContent(seg, 'tmx');
  };
  const sourceContent = segment(source);
  const targetContent = target === undefined ? undefined : segment(target);
  let status: string | undefined;
  let file: string | undefined;
  let id = unit.attributes['tuid'];
  const properties: ExchangeProperty[] = [];
  for (const property of childElements(unit, 'prop')) {
    const type = property.attributes['type'] ?? '';
    const value = elementText(property);
    if (type === 'x-status') status = value;
    else if (type === 'x-document') file = value;
    else if (type === 'x-id') id = value;
    else properties.push({ type, value });
  }
  const targetText = targetContent?.text ?? '';
  const attribute = (name: string) =>
    unit.attributes[name] ?? target?.attributes[name] ?? source.attributes[name];
  const author = attribute('changeid') ?? attribute('creationid');
  const createdAt = parseTmxDate(attribute('creationdate'));
  const changedAt = parseTmxDate(attribute('changedate'));
  return {
    ...(id === undefined ? {} : { id }),
    ...(file === undefined ? {} : { file }),
    source: sourceContent.text,
    target: targetText,
    ...(sourceContent.codes.length === 0 ? {} : { sourceCodes: sourceContent.codes }),
    ...(targetContent === undefined || targetContent.codes.length === 0
      ? {}
      : { targetCodes: targetContent.codes }),
    status: isSegmentStatus(status) ? status : targetText === '' ? 'new' : 'translated',
    note: childElements(unit, 'note').map(elementText).join('\n'),
    ...(author === undefined ? {} : { author }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(changedAt === undefined ? {} : { changedAt }),
    ...(properties.length === 0 ? {} : { properties }),
  };
}
