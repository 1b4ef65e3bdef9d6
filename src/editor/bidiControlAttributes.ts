/**
 * Attributes of the element around one bidirectional control character of a source: isolated so
 * that it cannot reverse the sentence on screen, and named so that translators see it is there.
 */
export function bidiControlAttributes(name: string): Record<string, string> {
  return { class: 'bidi-control', 'data-bidi-control': name };
}
