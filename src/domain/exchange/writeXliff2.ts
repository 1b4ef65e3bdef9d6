import { escapeXmlText } from '../xml/escapeXmlText';
import { xmlElementText } from '../xml/xmlElementText';
import { createInlineCodeNumbers } from './createInlineCodeNumbers';
import type { ExchangeAnnotation, ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import type { ExchangeWriteOptions } from './exchangeWriteOptions';
import { groupUnitsByFile } from './groupUnitsByFile';
import { placeAnnotationMarkers, type PlacedMarker } from './placeAnnotationMarkers';
import { uniqueUnitIds } from './uniqueUnitIds';
import { writeInlineContent } from './writeInlineContent';
import { XLIFF2_ANNOTATION_NAMESPACE } from './xliff2AnnotationNamespace';
import { xliff2State } from './xliff2State';

const XLIFF2 = 'urn:oasis:names:tc:xliff:document:2.0';
const METADATA = 'urn:oasis:names:tc:xliff:metadata:2.0';

/**
 * An XLIFF 2.0 file: `srcLang` and `trgLang` always, a `<file>` a document, a `<unit>` a unit
 * with its notes and one `<segment>` carrying the `state` (and our finer status as `subState`).
 * Author, dates and an id that is not a name token go in the metadata module (`mda:`); inline
 * codes as `sc`/`ec`/`ph` with their original data. A span annotation is a comment marker
 * (`<mrk type="comment" ref="#n=…">`, or `<sm>`/`<em>` where it crosses another) whose note holds
 * the comment, the category, the side (`appliesTo`) and, in our namespace, severity, author, date
 * and the marker it is linked to. No units: one file holding an empty group (a
 * file must hold something).
 */
export function writeXliff2(
  document: ExchangeDocument,
  options: ExchangeWriteOptions = {},
): string {
  const files = groupUnitsByFile(
    document.units.filter((unit) => options.includeUntranslated !== false || unit.target !== ''),
  ).map(({ file, units }, fileIndex) => {
    const { ids, isOwn } = uniqueUnitIds(units);
    const content = units
      .map((unit, index) => `    ${unitElement(unit, ids[index] ?? '', isOwn[index] === true)}\n`)
      .join('');
    return `  ${xmlElementText('file', { id: `f${fileIndex + 1}`, original: file }, `\n${content}  `)}\n`;
  });
  if (files.length === 0) files.push('  <file id="f1"><group id="empty"/></file>\n');
  const root = xmlElementText(
    'xliff',
    {
      xmlns: XLIFF2,
      'xmlns:mda': METADATA,
      'xmlns:bw': XLIFF2_ANNOTATION_NAMESPACE,
      version: '2.0',
      srcLang: document.sourceLang,
      trgLang: document.targetLang,
    },
    `\n${files.join('')}`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

function unitElement(unit: ExchangeUnit, id: string, isOwnId: boolean): string {
  const metadata = [
    ...(isOwnId || unit.id === undefined ? [] : [['id', unit.id]]),
    ...(unit.author === undefined ? [] : [['author', unit.author]]),
    ...(unit.createdAt === undefined ? [] : [['created', new Date(unit.createdAt).toISOString()]]),
    ...(unit.changedAt === undefined ? [] : [['changed', new Date(unit.changedAt).toISOString()]]),
  ].map(([type = '', value = '']) => xmlElementText('mda:meta', { type }, escapeXmlText(value)));
  const numbers = createInlineCodeNumbers();
  const marked = annotationMarkup(unit);
  const source = writeInlineContent(
    unit.source,
    unit.sourceCodes,
    'xliff2',
    numbers,
    marked.sourceMarkers,
  );
  const target =
    unit.target === ''
      ? undefined
      : writeInlineContent(unit.target, unit.targetCodes, 'xliff2', numbers, marked.targetMarkers);
  const notes = [
    ...(unit.note === '' ? [] : [`<note>${escapeXmlText(unit.note)}</note>`]),
    ...marked.notes,
  ];
  const originalData = [...numbers.originalData].map(([content, dataId]) =>
    xmlElementText(
      'data',
      { id: dataId },
      writeInlineContent(content, undefined, 'xliff2', numbers),
    ),
  );
  const { state, subState } = xliff2State(unit.status);
  const segment = xmlElementText(
    'segment',
    { state, subState },
    `<source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}`,
  );
  return xmlElementText(
    'unit',
    { id },
    [
      metadata.length === 0
        ? ''
        : `<mda:metadata><mda:metaGroup category="bitext">${metadata.join('')}</mda:metaGroup></mda:metadata>`,
      notes.length === 0 ? '' : `<notes>${notes.join('')}</notes>`,
      originalData.length === 0 ? '' : `<originalData>${originalData.join('')}</originalData>`,
      segment,
    ].join(''),
  );
}

interface AnnotationMarkup {
  readonly sourceMarkers: readonly PlacedMarker[];
  readonly targetMarkers: readonly PlacedMarker[];
  readonly notes: readonly string[];
}

function annotationMarkup(unit: ExchangeUnit): AnnotationMarkup {
  const textOf = (annotation: ExchangeAnnotation) =>
    annotation.side === 'source' ? unit.source : unit.target;
  const written = (unit.annotations ?? []).flatMap((annotation, index) =>
    Number.isInteger(annotation.start) &&
    Number.isInteger(annotation.end) &&
    annotation.start >= 0 &&
    annotation.start < annotation.end &&
    annotation.end <= textOf(annotation).length
      ? [{ annotation, index }]
      : [],
  );
  const markerIds = new Map(written.map(({ index }, position) => [index, `m${position + 1}`]));
  const spans = written.map(({ annotation, index }, position) => ({
    side: annotation.side,
    start: annotation.start,
    end: annotation.end,
    id: markerIds.get(index) ?? '',
    attributes: ` type="comment" ref="#n=n${position + 1}"`,
  }));
  const notes = written.map(({ annotation }, position) => {
    const link =
      annotation.linkedIndex === undefined ? undefined : markerIds.get(annotation.linkedIndex);
    return xmlElementText(
      'note',
      {
        id: `n${position + 1}`,
        appliesTo: annotation.side,
        category: annotation.category,
        'bw:severity': annotation.severity,
        'bw:author': annotation.author === '' ? undefined : annotation.author,
        'bw:created':
          annotation.createdAt === undefined
            ? undefined
            : new Date(annotation.createdAt).toISOString(),
        'bw:linked': link,
      },
      escapeXmlText(annotation.comment),
    );
  });
  return {
    sourceMarkers: placeAnnotationMarkers(spans.filter((span) => span.side === 'source')),
    targetMarkers: placeAnnotationMarkers(spans.filter((span) => span.side === 'target')),
    notes,
  };
}
