/** An annotation as the editors show it: its id, category, partner and range of plain-text offsets. */
export interface EditorAnnotation {
  readonly id: string;
  readonly category: string;
  readonly start: number;
  readonly end: number;
  readonly linkedId?: string;
  /** Errors and labels look different (a wavy underline or a tint). */
  readonly isError: boolean;
}
