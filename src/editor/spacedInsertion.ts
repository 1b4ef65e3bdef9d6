const WORD_OR_OPENING_START = /^[\p{L}\p{N}([{“‘]/u;
const WORD_OR_CLOSING_END = /[\p{L}\p{N},.;:!?%)\]}”’]$/u;
const STRAIGHT_QUOTE = /["']/;

/**
 * The text to insert between `before` and `after` (a few characters of each) so that English
 * words do not run together: a space is added on a side where a word, or punctuation that
 * closes, meets a word or punctuation that opens. Never a space beside an existing space, after
 * an opening bracket or quote, or before punctuation that closes. A straight quote opens after
 * a space or at the start, and closes after anything else. Also decides whether text typed right
 * after an insertion at the end of a target needs a space first.
 */
export function spacedInsertion(before: string, text: string, after: string): string {
  const needsSpaceBefore = endsWithClosing(before) && startsWithOpening(text);
  const needsSpaceAfter = endsWithClosing(text) && startsWithOpening(after);
  return `${needsSpaceBefore ? ' ' : ''}${text}${needsSpaceAfter ? ' ' : ''}`;
}

function endsWithClosing(text: string): boolean {
  const last = text.slice(-1);
  if (STRAIGHT_QUOTE.test(last)) return isQuoteClosing(text.slice(0, -1));
  return WORD_OR_CLOSING_END.test(last);
}

function startsWithOpening(text: string): boolean {
  const first = text.slice(0, 1);
  if (STRAIGHT_QUOTE.test(first)) return WORD_OR_OPENING_START.test(text.slice(1));
  return WORD_OR_OPENING_START.test(first);
}

/** A straight quote closes when it follows a word or punctuation, not a space or the start. */
function isQuoteClosing(textBeforeQuote: string): boolean {
  return textBeforeQuote !== '' && !/[\s([{“‘]$/u.test(textBeforeQuote);
}
