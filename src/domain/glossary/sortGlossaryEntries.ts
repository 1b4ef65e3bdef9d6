import { TERM_STATUSES, type GlossaryConcept } from './glossaryEntry';
import { rankRenderings } from './rankRenderings';

export const GLOSSARY_SORT_COLUMNS = [
  'term',
  'rendering',
  'status',
  'partOfSpeech',
  'domain',
  'note',
  'changed',
  'occurrences',
] as const;
export type GlossarySortColumn = (typeof GLOSSARY_SORT_COLUMNS)[number];

export interface GlossarySort {
  readonly column: GlossarySortColumn;
  readonly isDescending: boolean;
}

/**
 * Entries sorted by a column of the glossary table: Chinese by pinyin, English without case, a
 * status column by the most avoided status an entry has, empty values last, then by term. A new
 * array; `occurrences` gives each entry's count in the project.
 */
export function sortGlossaryEntries<Entry extends GlossaryConcept>(
  entries: readonly Entry[],
  sort: GlossarySort,
  occurrences: (entry: Entry) => number = () => 0,
): Entry[] {
  const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
  const english = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const value = (entry: Entry): string | number | undefined => {
    switch (sort.column) {
      case 'term':
        return entry.term;
      case 'rendering':
        return rankRenderings(entry.renderings)[0]?.text;
      case 'status':
        return Math.max(-1, ...entry.renderings.map((r) => TERM_STATUSES.indexOf(r.status)));
      case 'partOfSpeech':
        return entry.partOfSpeech;
      case 'domain':
        return entry.domain === '' ? undefined : entry.domain;
      case 'note':
        return entry.note === '' ? undefined : entry.note;
      case 'changed':
        return entry.changedAt;
      case 'occurrences':
        return occurrences(entry);
    }
  };
  const direction = sort.isDescending ? -1 : 1;
  return [...entries].sort((left, right) => {
    const a = value(left);
    const b = value(right);
    if (a !== b) {
      if (a === undefined) return 1;
      if (b === undefined) return -1;
      const order =
        typeof a === 'number' && typeof b === 'number'
          ? a - b
          : sort.column === 'term'
            ? collator.compare(String(a), String(b))
            : english.compare(String(a), String(b));
      if (order !== 0) return order * direction;
    }
    return collator.compare(left.term, right.term);
  });
}
