const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * Text as matching compares it: full-width Latin letters, digits and punctuation as their ASCII
 * forms, the ideographic space as a space, letters in lower case. One character in, one out, so
 * offsets into the folded text are offsets into the original.
 */
export function foldForMatching(text: string): string {
  return text
    .replace(FULL_WIDTH, (character) =>
      character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
    )
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
