import type { Annotation, TextRange } from './annotation';
import { mapRangeThroughChange } from './mapRangeThroughChange';
import { textChangesBetween } from './textChangesBetween';

/**
 * Where an annotation lies in the current text of its side: its offsets when the text is the
 * one they were written against; else mapped through the differences between the two texts
 * (another tab's save, a restored revision, a replace) when most of its own text is still there;
 * else its quote where it occurs exactly once. Undefined when it cannot be placed without a person: then it is shown as detached.
 */
export function anchorAnnotation(
  annotation: Pick<Annotation, 'start' | 'end' | 'quote' | 'anchoredText' | 'detachedAt'>,
  text: string,
): TextRange | undefined {
  if (annotation.detachedAt !== undefined) return undefined;
  const { start, end, quote, anchoredText } = annotation;
  if (text === anchoredText && start < end && end <= text.length) return { start, end };
  let range: TextRange | undefined = { start, end };
  let deleted = 0;
  for (const change of textChangesBetween(anchoredText, text)) {
    deleted += Math.max(0, Math.min(change.to, end) - Math.max(change.from, start));
    range = range === undefined ? undefined : mapRangeThroughChange(range, change);
  }
  // A diff can keep a stray letter of a rewritten span: most of its text must survive.
  const isMostlyKept = (end - start - deleted) * 2 >= end - start;
  if (range !== undefined && range.end <= text.length && isMostlyKept) return range;
  const first = quote === '' ? -1 : text.indexOf(quote);
  if (first < 0 || text.indexOf(quote, first + 1) >= 0) return undefined;
  return { start: first, end: first + quote.length };
}
