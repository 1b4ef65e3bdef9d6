/** Clipboard text as it goes into a one-sentence target: line breaks and tabs become single spaces. */
export function pastedPlainText(text: string): string {
  return text.replace(/[ \t]*[\r\n\t]+[ \t]*/g, ' ');
}
