/** A file to put in a ZIP archive: its path inside the archive, its content and its time. */
export interface ZipEntry {
  /** The path inside the archive, `/` between folders (`NAME.zh`, `docs/a.txt`), any Unicode. */
  readonly name: string;
  /** The content: text is written as UTF-8. */
  readonly content: string | Uint8Array;
  /** When it was last changed; the archive's time fields hold it to two seconds, in UTC. */
  readonly modifiedAt?: Date;
}
