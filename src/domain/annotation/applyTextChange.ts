import type { TextChange } from './textChange';

/** The text with one change applied. */
export function applyTextChange(text: string, { from, to, insert }: TextChange): string {
  return text.slice(0, from) + insert + text.slice(to);
}
