import type { CedictIndex } from './cedictIndex';
import { englishContentStems } from './englishContentStems';

const SKIPPED_GLOSS =
  /^(?:CL:|variant of|old variant of|see |used in |abbr\. for|also written|Japanese variant|erhua variant)/i;
const MAXIMUM_STEMS_PER_HEADWORD = 16;

/**
 * Indexes CC-CEDICT text (`Traditional Simplified [pin1 yin1] /gloss/gloss/`) by simplified headword.
 * Only the headwords are read up front; a headword's glosses are reduced to the stems of their content
 * words when it is first looked up (skipping classifiers and cross-references, merging entries that
 * share a headword), which keeps loading fast and memory small.
 */
export function parseCedict(text: string): CedictIndex {
  const lineStarts = new Map<string, number | number[]>();
  let longestHeadword = 1;
  const longestByFirst = new Map<string, number>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.charCodeAt(start) !== 35) {
      const firstSpace = text.indexOf(' ', start);
      const secondSpace = firstSpace < 0 ? -1 : text.indexOf(' ', firstSpace + 1);
      if (secondSpace > 0 && secondSpace < end && text.charCodeAt(secondSpace + 1) === 91) {
        const headword = text.slice(firstSpace + 1, secondSpace);
        const known = lineStarts.get(headword);
        if (known === undefined) lineStarts.set(headword, start);
        else if (typeof known === 'number') lineStarts.set(headword, [known, start]);
        else known.push(start);
        if (headword.length > longestHeadword) longestHeadword = headword.length;
        const first = headword[0] ?? '';
        if (headword.length > (longestByFirst.get(first) ?? 0))
          longestByFirst.set(first, headword.length);
      }
    }
    start = end + 1;
  }
  const parsed = new Map<string, readonly string[] | undefined>();
  const lookup = (headword: string): readonly string[] | undefined => {
    const starts = lineStarts.get(headword);
    if (starts === undefined) return undefined;
    if (parsed.has(headword)) return parsed.get(headword);
    const stems: string[] = [];
    for (const lineStart of typeof starts === 'number' ? [starts] : starts)
      addGlossStems(text, lineStart, stems);
    const found = stems.length === 0 ? undefined : stems;
    parsed.set(headword, found);
    return found;
  };
  return {
    lookup,
    longestHeadword,
    longestStartingWith: (character) => longestByFirst.get(character) ?? 0,
    size: lineStarts.size,
    headwords: () => lineStarts.keys(),
  };
}

function addGlossStems(text: string, lineStart: number, stems: string[]): void {
  let end = text.indexOf('\n', lineStart);
  if (end < 0) end = text.length;
  const line = text.slice(lineStart, end);
  const glossStart = line.indexOf('/');
  if (glossStart < 0) return;
  for (const gloss of line.slice(glossStart + 1).split('/')) {
    if (stems.length >= MAXIMUM_STEMS_PER_HEADWORD) return;
    if (gloss.trim() === '' || SKIPPED_GLOSS.test(gloss)) continue;
    const plain = gloss.replace(/\([^)]*\)/g, ' ').replace(/[\u3400-\u9fff|[\]]+/g, ' ');
    for (const stem of englishContentStems(plain)) {
      if (!stems.includes(stem) && stems.length < MAXIMUM_STEMS_PER_HEADWORD) stems.push(stem);
    }
  }
}
