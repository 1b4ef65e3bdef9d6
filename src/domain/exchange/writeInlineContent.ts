import { escapeXmlText } from '../xml/escapeXmlText';
import { isXmlCharacter } from '../xml/isXmlCharacter';
import type { InlineCode, InlineCodeFormat, PlacedInlineCode } from './exchangeUnit';
import type { InlineCodeNumbers } from './createInlineCodeNumbers';
import type { PlacedMarker } from './placeAnnotationMarkers';

/**
 * Text and its inline codes as the content of a TMX `<seg>` or an XLIFF `<source>`/`<target>`.
 * Codes read from the same format are written back exactly as read; others are written as that
 * format's codes (TMX and XLIFF 1.2 `bpt`/`ept`/`ph`/`it`, XLIFF 2.0 `sc`/`ec`/`ph` with original
 * data). A code whose partner is not in the same text is written as isolated. XLIFF 2.0 writes a
 * character XML cannot hold as `<cp hex>`; the others put U+FFFD in its place. XLIFF 2.0 also
 * takes annotation markers (placeAnnotationMarkers), written in their order, codes first at one
 * offset.
 */
export function writeInlineContent(
  text: string,
  codes: readonly PlacedInlineCode[] | undefined,
  format: InlineCodeFormat,
  numbers: InlineCodeNumbers,
  markers: readonly PlacedMarker[] = [],
): string {
  const escape = format === 'xliff2' ? escapeWithCodePoints : escapeXmlText;
  if ((codes === undefined || codes.length === 0) && markers.length === 0) return escape(text);
  codes ??= [];
  const isNative = codes.every(({ code }) => code.native?.format === format);
  const opened = new Set(
    codes.filter(({ code }) => code.kind === 'open').map(({ code }) => code.id),
  );
  const closed = new Set(
    codes.filter(({ code }) => code.kind === 'close').map(({ code }) => code.id),
  );
  const sorted = [
    ...[...codes].sort((a, b) => a.offset - b.offset),
    ...markers.map(({ offset, xml }) => ({ offset, xml })),
  ].sort((a, b) => a.offset - b.offset);
  let result = '';
  let position = 0;
  for (const item of sorted) {
    const at = Math.min(Math.max(item.offset, position), text.length);
    result += escape(text.slice(position, at));
    position = at;
    if ('xml' in item) {
      result += item.xml;
      continue;
    }
    const { code } = item;
    if (isNative && code.native !== undefined) {
      result += code.native.xml;
      continue;
    }
    const isIsolated =
      (code.kind === 'open' && !closed.has(code.id)) ||
      (code.kind === 'close' && !opened.has(code.id));
    result += codeElement(code, isIsolated, format, numbers);
  }
  return result + escape(text.slice(position));
}

function codeElement(
  code: InlineCode,
  isIsolated: boolean,
  format: InlineCodeFormat,
  numbers: InlineCodeNumbers,
): string {
  const key =
    code.kind !== 'placeholder'
      ? `pair\u0000${code.id}`
      : code.id === ''
        ? `placeholder\u0000${numbers.numberOf.size}`
        : `placeholder\u0000${code.id}`;
  let number = numbers.numberOf.get(key);
  if (number === undefined) {
    number = numbers.numberOf.size + 1;
    numbers.numberOf.set(key, number);
  }
  const content = escapeXmlText(code.code);
  if (format === 'xliff2') {
    const dataRef = code.code === '' ? '' : ` dataRef="${dataId(code.code, numbers)}"`;
    if (code.kind === 'placeholder') return `<ph id="${number}"${dataRef}/>`;
    if (code.kind === 'open')
      return `<sc id="${number}"${isIsolated ? ' isolated="yes"' : ''}${dataRef}/>`;
    return isIsolated
      ? `<ec id="${number}" isolated="yes"${dataRef}/>`
      : `<ec startRef="${number}"${dataRef}/>`;
  }
  const idName = format === 'tmx' ? 'i' : 'id';
  if (code.kind === 'placeholder')
    return format === 'tmx' ? `<ph>${content}</ph>` : `<ph id="${number}">${content}</ph>`;
  if (isIsolated) {
    const position =
      format === 'tmx'
        ? code.kind === 'open'
          ? 'begin'
          : 'end'
        : code.kind === 'open'
          ? 'open'
          : 'close';
    const id = format === 'tmx' ? '' : ` id="${number}"`;
    return `<it${id} pos="${position}">${content}</it>`;
  }
  const name = code.kind === 'open' ? 'bpt' : 'ept';
  return `<${name} ${idName}="${number}">${content}</${name}>`;
}

function dataId(content: string, numbers: InlineCodeNumbers): string {
  let id = numbers.originalData.get(content);
  if (id === undefined) {
    id = `d${numbers.originalData.size + 1}`;
    numbers.originalData.set(content, id);
  }
  return id;
}

function escapeWithCodePoints(text: string): string {
  let result = '';
  let run = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      run += '\uFFFD';
      continue;
    }
    if (isXmlCharacter(codePoint)) {
      run += character;
      continue;
    }
    result += `${escapeXmlText(run)}<cp hex="${codePoint.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    run = '';
  }
  return result + escapeXmlText(run);
}
