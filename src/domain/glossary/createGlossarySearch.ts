import { pinyin } from 'pinyin-pro';
import { foldChineseText } from './foldChineseText';
import type { GlossaryConcept } from './glossaryEntry';

interface Indexed<Entry> {
  readonly entry: Entry;
  readonly chinese: string;
  readonly english: string;
  syllables?: readonly (readonly string[])[];
}

/**
 * Search over glossary entries: a query matches an entry when its folded text (traditional or
 * simplified, full or half width, any case) is in the term, a variant or a rendering, or when its
 * letters spell consecutive syllables of the term's pinyin, each in full or by its first letters
 * (`liangge`, `lgjbsx`, `liǎng gè` all find 两个基本实现). Entries keep their order.
 */
export function createGlossarySearch<Entry extends GlossaryConcept>(
  entries: readonly Entry[],
): (query: string) => Entry[] {
  const indexed: Indexed<Entry>[] = entries.map((entry) => ({
    entry,
    chinese: foldChineseText([entry.term, ...entry.variants.map((v) => v.text)].join('\n')),
    english: entry.renderings.map((rendering) => rendering.text.toLowerCase()).join('\n'),
  }));
  return (query) => {
    const folded = foldChineseText(query.trim());
    if (folded === '') return [...entries];
    const letters = folded
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ü/g, 'v')
      .replace(/[\s'’]/g, '');
    const isPinyin = /^[a-z]+$/.test(letters);
    return indexed
      .filter((item) => {
        if (item.chinese.includes(folded) || item.english.includes(folded)) return true;
        if (!isPinyin) return false;
        item.syllables ??= item.chinese
          .split('\n')
          .map((form) =>
            pinyin(form, { toneType: 'none', type: 'array', v: true }).map((syllable) =>
              syllable.toLowerCase(),
            ),
          );
        return item.syllables.some((syllables) => spellsSyllables(letters, syllables));
      })
      .map((item) => item.entry);
  };
}

function spellsSyllables(letters: string, syllables: readonly string[]): boolean {
  const from = (syllable: number, position: number): boolean => {
    if (position === letters.length) return true;
    const current = syllables[syllable];
    if (current === undefined) return false;
    for (let length = current.length; length >= 1; length -= 1)
      if (
        letters.startsWith(current.slice(0, length), position) &&
        from(syllable + 1, position + length)
      )
        return true;
    return false;
  };
  for (let start = 0; start < syllables.length; start += 1) if (from(start, 0)) return true;
  return false;
}
