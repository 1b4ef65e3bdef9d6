const PIECE_LENGTH = 512 * 1024;

/**
 * A long text as pieces for a streaming reader, with a turn of the event loop before each so that
 * the page repaints its progress; a piece never ends between the halves of a surrogate pair.
 */
export async function* textInPieces(text: string): AsyncGenerator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE_LENGTH);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    await new Promise((resolve) => setTimeout(resolve, 0));
    yield text.slice(start, end);
    start = end;
  }
}
