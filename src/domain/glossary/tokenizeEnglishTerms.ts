export interface EnglishTermToken {
  /** Lower case, possessive dropped, plural made singular: "Universities'" → "university". */
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’]s\b|(?<=s)['’])?/gu;

/**
 * The words of an English text in the form glossary renderings are matched on, with their
 * offsets; hyphens and punctuation separate words, so "first-class" and "first class" agree.
 */
export function tokenizeEnglishTerms(text: string): EnglishTermToken[] {
  const tokens: EnglishTermToken[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({
      form: baseForm(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

function baseForm(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (lower.length <= 3 || !lower.endsWith('s')) return lower;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  return lower.slice(0, -1);
}
