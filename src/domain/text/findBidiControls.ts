/** The Unicode bidirectional formatting characters, by their short names. */
const BIDI_CONTROL_NAMES: ReadonlyMap<string, string> = new Map([
  ['\u202A', 'LRE'],
  ['\u202B', 'RLE'],
  ['\u202C', 'PDF'],
  ['\u202D', 'LRO'],
  ['\u202E', 'RLO'],
  ['\u2066', 'LRI'],
  ['\u2067', 'RLI'],
  ['\u2068', 'FSI'],
  ['\u2069', 'PDI'],
  ['\u200E', 'LRM'],
  ['\u200F', 'RLM'],
  ['\u061C', 'ALM'],
]);

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export interface BidiControl {
  /** UTF-16 offset of the character. */
  readonly index: number;
  /** Its short name: RLO, PDF, LRM… */
  readonly name: string;
}

/**
 * The bidirectional control characters in a text (embeddings, overrides, isolates and marks),
 * which can reverse how the text around them is drawn; in text order.
 */
export function findBidiControls(text: string): BidiControl[] {
  return [...text.matchAll(BIDI_CONTROL)].map((match) => ({
    index: match.index,
    name: BIDI_CONTROL_NAMES.get(match[0]) ?? '',
  }));
}
