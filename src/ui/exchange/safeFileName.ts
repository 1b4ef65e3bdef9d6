const RESERVED = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);

/** A name usable as a file name on every system: no path separators, reserved or control characters. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((character) =>
      RESERVED.has(character) || character.charCodeAt(0) < 0x20 ? '_' : character,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned === '' ? 'export' : cleaned;
}
