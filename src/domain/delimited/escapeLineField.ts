const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/**
 * A cell or segment written so that it stays on one line whatever it holds: backslash, tab, line
 * feed and carriage return as `\\`, `\t`, `\n`, `\r`, and the other characters that some tools
 * take as line breaks (vertical tab, form feed, U+001C–U+001E, U+0085, U+2028, U+2029) as
 * `\uXXXX`. unescapeLineField reverses it exactly.
 */
export function escapeLineField(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\\\t\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/g, (character) => {
    return (
      ESCAPES[character] ??
      `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    );
  });
}
