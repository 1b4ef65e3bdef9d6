import type { CedictIndex } from './cedictIndex';
import { englishContentStems } from './englishContentStems';

const LINE = /^(\S+) (\S+) \[[^\]]*\] \/(.*)\/\s*$/;
const SKIPPED_GLOSS = /^(?:CL:|variant of|old variant of|see |used in |abbr\. for|also written|Japanese variant|erhua variant)/i;
const MAXIMUM_STEMS_PER_HEADWORD = 16;

/**
 * Parses CC-CEDICT text (`Traditional Simplified [pin1 yin1] /gloss/gloss/`) into an index from the
 * simplified headword to the stems of the content words of its glosses, most common senses first.
 * Comment lines, cross-references and classifiers are skipped; entries sharing a headword are merged.
 */
export function parseCedict(text: string): CedictIndex {
  const entries = new Map<string, string[]>();
  const interned = new Map<string, string>();
  let longestHeadword = 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const headword = match[2] ?? '';
    const stems = entries.get(headword) ?? [];
    for (const gloss of (match[3] ?? '').split('/')) {
      if (stems.length >= MAXIMUM_STEMS_PER_HEADWORD) break;
      if (SKIPPED_GLOSS.test(gloss)) continue;
      const plain = gloss.replace(/\([^)]*\)/g, ' ').replace(/[\u3400-\u9fff|[\]]+/g, ' ');
      for (const stem of englishContentStems(plain)) {
        const shared = interned.get(stem) ?? stem;
        interned.set(shared, shared);
        if (!stems.includes(shared) && stems.length < MAXIMUM_STEMS_PER_HEADWORD) stems.push(shared);
      }
    }
    if (stems.length === 0) continue;
    entries.set(headword, stems);
    if (headword.length > longestHeadword) longestHeadword = headword.length;
  }
  return { entries, longestHeadword };
}
