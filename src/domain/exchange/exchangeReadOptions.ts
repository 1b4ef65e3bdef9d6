/** Choices every exchange reader shares. */
export interface ExchangeReadOptions {
  /**
   * The languages wanted, matched leniently (zh_CN is zh-CN is zh-Hans, never zh-TW): a file with
   * more languages gives these; a file without one of them is refused with languageMismatch.
   */
  readonly sourceLang?: string;
  readonly targetLang?: string;
  /** Hears how many units have been read, every few hundred units and at the end. */
  readonly onProgress?: (unitsRead: number) => void;
}
