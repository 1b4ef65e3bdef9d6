import { elementText } from '../xml/elementText';
import { escapeXmlAttribute } from '../xml/escapeXmlAttribute';
import { serializeXmlNode } from '../xml/serializeXmlNode';
import type { XmlElement } from '../xml/xmlNode';
import type { InlineCode, InlineCodeFormat, PlacedInlineCode } from './exchangeUnit';

/** An XLIFF 2.0 annotation marker (`<mrk>`, or `<sm>` to its `<em>`) over [start, end) of the text. */
export interface InlineMarker {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The marker's attributes as written (`type`, `ref`, `value`…). */
  readonly attributes: Readonly<Record<string, string>>;
}

export interface InlineContent {
  readonly text: string;
  readonly codes: readonly PlacedInlineCode[];
  /** XLIFF 2.0 only: its annotation markers, in the order they start. */
  readonly markers: readonly InlineMarker[];
}

/**
 * The plain text of a TMX `<seg>` or an XLIFF `<source>`/`<target>` and its inline codes at their
 * offsets. Codes are kept opaque (TMX and XLIFF 1.2: the element as read, to write back; XLIFF
 * 2.0: its original data). XLIFF 2.0 annotation markers (`mrk`, `sm`/`em`) are given apart
 * with their ranges (an `sm` without its `em` runs to the end); elsewhere `mrk` keeps its text.
 */
export function readInlineContent(
  element: XmlElement,
  format: InlineCodeFormat,
  originalData: ReadonlyMap<string, string> = new Map(),
): InlineContent {
  let text = '';
  const codes: PlacedInlineCode[] = [];
  const markers: { id: string; start: number; end: number; attributes: Record<string, string> }[] =
    [];
  const openMarkers = new Map<string, (typeof markers)[number]>();
  let pairCount = 0;
  const add = (code: InlineCode) => codes.push({ offset: text.length, code });
  const native = (xml: string) => ({ format, xml });
  const data = (reference: string | undefined) =>
    reference === undefined ? '' : (originalData.get(reference) ?? '');

  const visit = (parent: XmlElement) => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        text += child;
        continue;
      }
      const attribute = (name: string) => child.attributes[name];
      const whole = () => native(serializeXmlNode(child));
      if (format === 'xliff2') {
        switch (child.name) {
          case 'cp':
            text += String.fromCodePoint(Number.parseInt(attribute('hex') ?? 'FFFD', 16));
            continue;
          case 'ph':
            add({
              kind: 'placeholder',
              id: attribute('id') ?? '',
              code: data(attribute('dataRef')),
            });
            continue;
          case 'sc':
            add({ kind: 'open', id: attribute('id') ?? '', code: data(attribute('dataRef')) });
            continue;
          case 'ec':
            add({
              kind: 'close',
              id: attribute('startRef') ?? attribute('id') ?? '',
              code: data(attribute('dataRef')),
            });
            continue;
          case 'mrk': {
            const marker = {
              id: attribute('id') ?? '',
              start: text.length,
              end: text.length,
              attributes: { ...child.attributes },
            };
            markers.push(marker);
            visit(child);
            marker.end = text.length;
            continue;
          }
          case 'sm': {
            const marker = {
              id: attribute('id') ?? '',
              start: text.length,
              end: -1,
              attributes: { ...child.attributes },
            };
            markers.push(marker);
            openMarkers.set(marker.id, marker);
            continue;
          }
          case 'em': {
            const marker = openMarkers.get(attribute('startRef') ?? '');
            if (marker !== undefined) marker.end = text.length;
            openMarkers.delete(attribute('startRef') ?? '');
            continue;
          }
          case 'pc': {
            const id = attribute('id') ?? '';
            add({ kind: 'open', id, code: data(attribute('dataRefStart')) });
            visit(child);
            add({ kind: 'close', id, code: data(attribute('dataRefEnd')) });
            continue;
          }
          default:
            visit(child);
            continue;
        }
      }
      const tmx = format === 'tmx';
      switch (child.name) {
        case 'bpt':
          add({
            kind: 'open',
            id: attribute(tmx ? 'i' : 'id') ?? '',
            code: elementText(child),
            native: whole(),
          });
          continue;
        case 'ept':
          add({
            kind: 'close',
            id: attribute(tmx ? 'i' : 'rid') ?? attribute('id') ?? '',
            code: elementText(child),
            native: whole(),
          });
          continue;
        case 'ph':
        case 'ut':
        case 'x':
          add({
            kind: 'placeholder',
            id: attribute(tmx ? 'x' : 'id') ?? '',
            code: elementText(child),
            native: whole(),
          });
          continue;
        case 'it': {
          const position = attribute('pos');
          add({
            kind: position === 'begin' || position === 'open' ? 'open' : 'close',
            id: attribute(tmx ? 'x' : 'id') ?? '',
            code: elementText(child),
            native: whole(),
          });
          continue;
        }
        case 'bx':
          add({
            kind: 'open',
            id: attribute('rid') ?? attribute('id') ?? '',
            code: '',
            native: whole(),
          });
          continue;
        case 'ex':
          add({
            kind: 'close',
            id: attribute('rid') ?? attribute('id') ?? '',
            code: '',
            native: whole(),
          });
          continue;
        case 'mrk':
          visit(child);
          continue;
        default: {
          pairCount += 1;
          const id = `${child.name}${attribute('x') ?? attribute('id') ?? pairCount}`;
          add({ kind: 'open', id, code: '', native: native(startTag(child)) });
          visit(child);
          add({ kind: 'close', id, code: '', native: native(`</${child.name}>`) });
        }
      }
    }
  };
  visit(element);
  for (const marker of openMarkers.values()) marker.end = text.length;
  return { text, codes, markers };
}

function startTag(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
  return `<${element.name}${attributes}>`;
}
