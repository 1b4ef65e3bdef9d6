const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** Text as patterns search it: full-width letters, digits and the ideographic space as ASCII, one for one. */
export function foldSearchText(text: string): string {
  return text.replace(FULL_WIDTH, (character) =>
    character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}
