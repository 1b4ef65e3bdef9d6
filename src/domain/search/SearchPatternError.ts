/** A regular expression that cannot be read; `detail` is the engine's own words, for a message. */
export class SearchPatternError extends Error {
  override readonly name = 'SearchPatternError';

  constructor(readonly detail: string) {
    super(`The regular expression cannot be read: ${detail}`);
  }
}
