// What opening a file refuses: C0 controls but whitespace, DEL, and lone surrogates (with the
// u flag a surrogate matches only when it is not half of a pair).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REFUSED_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f\uD800-\uDFFF]/gu;

/**
 * Clipboard text as it goes into a one-sentence target: control characters (NUL and the rest
 * of C0 but whitespace, DEL) and lone surrogates are dropped, and every run of whitespace,
 * line breaks and tabs included, becomes one space.
 */
export function pastedPlainText(text: string): string {
  return text.replace(REFUSED_CHARACTERS, '').replace(/[ \t\n\v\f\r]+/g, ' ');
}
