/** What the codes of one unit share when written: numbers for their ids, XLIFF 2.0 original data. */
export interface InlineCodeNumbers {
  readonly numberOf: Map<string, number>;
  /** XLIFF 2.0 only: the original data of the unit's codes, by content, with their data ids. */
  readonly originalData: Map<string, string>;
}

/** Fresh numbering for the inline codes of one unit (source and target share it). */
export function createInlineCodeNumbers(): InlineCodeNumbers {
  return { numberOf: new Map(), originalData: new Map() };
}
