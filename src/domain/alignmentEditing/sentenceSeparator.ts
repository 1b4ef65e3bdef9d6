import type { BeadSide } from './beadListTypes';

/** What joins two sentences of a side into one text: nothing in Chinese (the source), a space in English. */
export function sentenceSeparator(side: BeadSide): string {
  return side === 'source' ? '' : ' ';
}
