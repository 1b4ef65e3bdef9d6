const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words of an English text: runs of letters and digits, with inner apostrophes, hyphens and points (don't, so-called, 3.5). */
export function countEnglishWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
