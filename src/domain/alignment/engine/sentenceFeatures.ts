/** The evidence found in both texts, as integer ids, ready for scoring. */
export interface SentenceFeatures {
  /** Per source sentence: the evidence keys it holds (words, numbers, names…), rarest first, at most 32. */
  readonly sourceKeys: readonly Int32Array[];
  /** Per source key: the target tokens any of which counts as its translation. */
  readonly keyTranslations: readonly Int32Array[];
  /** Per target sentence: its distinct tokens, rarest first, at most 32. */
  readonly targetTokens: readonly Int32Array[];
  /** Per source sentence: every token its keys translate to, without repeats. */
  readonly sourceTranslations: readonly Int32Array[];
  readonly tokenCount: number;
  readonly sourceLengths: Float64Array;
  readonly targetLengths: Float64Array;
  /** 1 where a sentence is the last of its paragraph. */
  readonly sourceParagraphEnds: Uint8Array;
  readonly targetParagraphEnds: Uint8Array;
  readonly hasParagraphs: boolean;
}
