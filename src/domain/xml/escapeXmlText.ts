import { replaceXmlDisallowedCharacters } from './replaceXmlDisallowedCharacters';

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

/**
 * Text content as XML 1.0: the markup characters escaped, a carriage return as `&#13;` (a reader
 * would otherwise turn it into a line feed), and each character XML cannot hold replaced by U+FFFD.
 * Characters outside the Basic Multilingual Plane are written as they are (UTF-8).
 */
export function escapeXmlText(text: string): string {
  return replaceXmlDisallowedCharacters(text).replace(
    /[&<>\r]/g,
    (character) => TEXT_ESCAPES[character] ?? '',
  );
}
