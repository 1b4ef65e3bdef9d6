import { ANNOTATION_SEVERITIES } from '../annotation/annotation';
import { isSameLanguage } from '../language/isSameLanguage';
import { childElements } from '../xml/childElements';
import { elementText } from '../xml/elementText';
import { readXmlStream } from '../xml/readXmlStream';
import type { XmlElement, XmlInput, XmlStartTag } from '../xml/xmlNode';
import type { ExchangeAnnotation, ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import type { ExchangeReadOptions } from './exchangeReadOptions';
import { ExchangeFormatError } from './ExchangeFormatError';
import { readInlineContent, type InlineMarker } from './readInlineContent';
import { statusFromXliff2 } from './statusFromXliff2';
import { XLIFF2_ANNOTATION_NAMESPACE } from './xliff2AnnotationNamespace';

const PROGRESS_EVERY = 500;

/**
 * Reads an XLIFF 2.x file: a unit of ours for each `<segment>`, its status from `state` and
 * `subState`, notes, our metadata (author, dates, id), inline codes and span annotations (comment
 * and term markers, `mrk` or `sm`/`em`, with the note they refer to). Refuses, naming the line,
 * what the schema cannot: targets without `trgLang`, a `<source>`/`<target>` whose `xml:lang`
 * is not the file's language, unit ids used twice in a file; and languages not those asked for.
 */
export async function readXliff2(
  input: XmlInput,
  options: ExchangeReadOptions = {},
): Promise<ExchangeDocument> {
  let sourceLang = '';
  let targetLang: string | undefined;
  const units: ExchangeUnit[] = [];
  let idsInFile = new Set<string>();
  let ourPrefix = 'bw';
  await readXmlStream(input, {
    onStart: (start, ancestors) => {
      if (ancestors.length === 0) {
        if (start.name !== 'xliff' || !(start.attributes['version'] ?? '').startsWith('2'))
          throw new ExchangeFormatError('wrongRoot', start.line, start.name);
        sourceLang = start.attributes['srcLang'] ?? '';
        targetLang = start.attributes['trgLang'];
        if (sourceLang === '')
          throw new ExchangeFormatError('missingAttribute', start.line, 'srcLang');
        checkLanguage(sourceLang, options.sourceLang, start);
        if (targetLang !== undefined) checkLanguage(targetLang, options.targetLang, start);
        const declared = Object.entries(start.attributes).find(
          ([name, value]) => name.startsWith('xmlns:') && value === XLIFF2_ANNOTATION_NAMESPACE,
        );
        if (declared !== undefined) ourPrefix = declared[0].slice('xmlns:'.length);
      }
      if (start.name === 'file') idsInFile = new Set();
    },
    collect: (start) => start.name === 'unit',
    onElement: (unit, ancestors) => {
      const id = unit.attributes['id'] ?? '';
      if (idsInFile.has(id)) throw new ExchangeFormatError('duplicateId', unit.line, id);
      idsInFile.add(id);
      const file = ancestors.find((ancestor) => ancestor.name === 'file')?.attributes['original'];
      units.push(...readUnit(unit, file, sourceLang, targetLang, ourPrefix));
      if (units.length % PROGRESS_EVERY === 0) options.onProgress?.(units.length);
    },
  });
  options.onProgress?.(units.length);
  return { sourceLang, targetLang: targetLang ?? options.targetLang ?? '', units };
}

function checkLanguage(found: string, wanted: string | undefined, start: XmlStartTag): void {
  if (wanted !== undefined && !isSameLanguage(found, wanted))
    throw new ExchangeFormatError('languageMismatch', start.line, found);
}

function readUnit(
  unit: XmlElement,
  file: string | undefined,
  sourceLang: string,
  targetLang: string | undefined,
  ourPrefix: string,
): ExchangeUnit[] {
  const originalData = new Map<string, string>();
  for (const data of childElements(unit, 'originalData').flatMap((element) =>
    childElements(element, 'data'),
  ))
    originalData.set(data.attributes['id'] ?? '', readInlineContent(data, 'xliff2').text);
  const metadata = new Map<string, string>();
  for (const meta of childElements(unit, 'metadata')
    .flatMap((element) => childElements(element, 'metaGroup'))
    .flatMap((group) => childElements(group, 'meta')))
    metadata.set(meta.attributes['type'] ?? '', elementText(meta));
  const notes = childElements(unit, 'notes').flatMap((element) => childElements(element, 'note'));
  const segments = childElements(unit, 'segment');
  const contents = segments.map((segment) => {
    const source = childElements(segment, 'source')[0];
    const target = childElements(segment, 'target')[0];
    return {
      source: source === undefined ? undefined : readInlineContent(source, 'xliff2', originalData),
      target: target === undefined ? undefined : readInlineContent(target, 'xliff2', originalData),
    };
  });
  const notesById = new Map(
    notes.flatMap((element) =>
      element.attributes['id'] === undefined ? [] : [[element.attributes['id'], element] as const],
    ),
  );
  const annotationNotes = new Set<XmlElement>();
  const annotationsOf = contents.map(({ source, target }) =>
    readAnnotations(
      [
        ...(source?.markers ?? []).map((marker) => ({ marker, side: 'source' as const })),
        ...(target?.markers ?? []).map((marker) => ({ marker, side: 'target' as const })),
      ],
      notesById,
      annotationNotes,
      ourPrefix,
    ),
  );
  const note = notes
    .filter((element) => !annotationNotes.has(element))
    .map(elementText)
    .join('\n');
  const unitId = metadata.get('id') ?? unit.attributes['id'] ?? '';
  const author = metadata.get('author');
  const createdAt = dateOf(metadata.get('created'));
  const changedAt = dateOf(metadata.get('changed'));
  return segments.map((segment, index) => {
    const source = childElements(segment, 'source')[0];
    if (source === undefined)
      throw new ExchangeFormatError('missingElement', segment.line, 'source');
    const target = childElements(segment, 'target')[0];
    checkContentLanguage(source, sourceLang);
    if (target !== undefined) {
      if (targetLang === undefined)
        throw new ExchangeFormatError('missingAttribute', target.line, 'trgLang');
      checkContentLanguage(target, targetLang);
    }
    const sourceContent = contents[index]?.source ?? readInlineContent(source, 'xliff2');
    const targetContent = contents[index]?.target;
    const annotations = annotationsOf[index] ?? [];
    const targetText = targetContent?.text ?? '';
    const id =
      segments.length === 1 ? unitId : `${unitId}#${segment.attributes['id'] ?? index + 1}`;
    return {
      ...(id === '' ? {} : { id }),
      ...(file === undefined ? {} : { file }),
      source: sourceContent.text,
      target: targetText,
      ...(sourceContent.codes.length === 0 ? {} : { sourceCodes: sourceContent.codes }),
      ...(targetContent === undefined || targetContent.codes.length === 0
        ? {}
        : { targetCodes: targetContent.codes }),
      status: statusFromXliff2(
        segment.attributes['state'],
        segment.attributes['subState'],
        targetText !== '',
      ),
      note,
      ...(author === undefined ? {} : { author }),
      ...(createdAt === undefined ? {} : { createdAt }),
      ...(changedAt === undefined ? {} : { changedAt }),
      ...(annotations.length === 0 ? {} : { annotations }),
    };
  });
}

const NOTE_REFERENCE = /(?:^#|\/)n=([^/]+)$/;

/** The comment and term markers of a segment as annotations; notes they refer to are noted. */
function readAnnotations(
  markers: readonly { readonly marker: InlineMarker; readonly side: 'source' | 'target' }[],
  notesById: ReadonlyMap<string, XmlElement>,
  annotationNotes: Set<XmlElement>,
  ourPrefix: string,
): ExchangeAnnotation[] {
  const read: { annotation: ExchangeAnnotation; markerId: string; linked?: string }[] = [];
  for (const { marker, side } of markers) {
    const type = marker.attributes['type'];
    if ((type !== 'comment' && type !== 'term') || marker.start >= marker.end) continue;
    const reference = NOTE_REFERENCE.exec(marker.attributes['ref'] ?? '')?.[1];
    const note = reference === undefined ? undefined : notesById.get(reference);
    if (note !== undefined) annotationNotes.add(note);
    const ours = (name: string) => note?.attributes[`${ourPrefix}:${name}`];
    const severity = ANNOTATION_SEVERITIES.find((candidate) => candidate === ours('severity'));
    const createdAt = dateOf(ours('created'));
    const linked = ours('linked');
    read.push({
      annotation: {
        side,
        start: marker.start,
        end: marker.end,
        category: note?.attributes['category'] ?? type,
        ...(severity === undefined ? {} : { severity }),
        comment: note === undefined ? (marker.attributes['value'] ?? '') : elementText(note),
        author: ours('author') ?? '',
        ...(createdAt === undefined ? {} : { createdAt }),
      },
      markerId: marker.id,
      ...(linked === undefined ? {} : { linked }),
    });
  }
  const indexOf = new Map(read.map(({ markerId }, index) => [markerId, index]));
  return read.map(({ annotation, linked }) => {
    const linkedIndex = linked === undefined ? undefined : indexOf.get(linked);
    return linkedIndex === undefined ? annotation : { ...annotation, linkedIndex };
  });
}

function checkContentLanguage(element: XmlElement, language: string): void {
  const declared = element.attributes['xml:lang'];
  if (declared !== undefined && !isSameLanguage(declared, language))
    throw new ExchangeFormatError('languageMismatch', element.line, declared);
}

function dateOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
