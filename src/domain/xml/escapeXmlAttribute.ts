import { replaceXmlDisallowedCharacters } from './replaceXmlDisallowedCharacters';

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * A value for a quoted attribute: as escapeXmlText, plus quotes, and tabs and line breaks as
 * character references, which attribute-value normalisation would otherwise turn into spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return replaceXmlDisallowedCharacters(value).replace(
    /[&<>"'\t\n\r]/g,
    (character) => ATTRIBUTE_ESCAPES[character] ?? '',
  );
}
