/** Replaces the UTF-16 range [from, to) of a text with `insert`. */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}
