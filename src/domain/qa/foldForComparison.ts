const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** A text as consistency checks compare it: trimmed, spaces collapsed, case and width folded. */
export function foldForComparison(text: string): string {
  const halfWidth = FULL_WIDTH.test(text)
    ? text.replace(FULL_WIDTH, (character) =>
        character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
      )
    : text;
  FULL_WIDTH.lastIndex = 0;
  return halfWidth.trim().replace(/\s+/g, ' ').toLowerCase();
}
