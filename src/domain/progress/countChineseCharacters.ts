const NOT_HAN = /[^\p{Script=Han}]+/gu;

/**
 * The number of Chinese characters in a text: Han characters only (汉字, 〇 and 々 included),
 * no punctuation, digits, Latin letters or spaces; one a character outside the BMP too.
 * The one definition of "characters" that the header's progress and the New project dialog show.
 */
export function countChineseCharacters(text: string): number {
  const han = text.replace(NOT_HAN, '');
  let count = han.length;
  for (let index = 0; index < han.length; index += 1) {
    const code = han.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) count -= 1;
  }
  return count;
}
