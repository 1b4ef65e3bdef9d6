/** The length the length-ratio check compares: characters (code points) without white space. */
export function measuredLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029)
      continue;
    length += 1;
  }
  return length;
}
