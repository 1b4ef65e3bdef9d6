import type { CedictIndex } from './cedictIndex';
import { COMPILED_CEDICT_HEADER } from './compileCedictIndex';

const TAB = 9;
const NEWLINE = 10;

/**
 * The index a `compileCedictIndex` text holds: the same answers as the `parseCedict` index it was
 * compiled from, but opening it only finds the line ends (no entry scan, no gloss parsing), and a
 * lookup is a binary search over the sorted headwords, cached once made. Throws on text of another
 * format or version.
 */
export function openCompiledCedict(compiled: string): CedictIndex {
  const headerEnd = compiled.indexOf('\n');
  const countsEnd = compiled.indexOf('\n', headerEnd + 1);
  const longestEnd = compiled.indexOf('\n', countsEnd + 1);
  if (compiled.slice(0, headerEnd) !== COMPILED_CEDICT_HEADER || longestEnd < 0)
    throw new Error('Not a compiled CC-CEDICT index of this version.');
  const [size = 0, longestHeadword = 1] = compiled
    .slice(headerEnd + 1, countsEnd)
    .split(' ')
    .map(Number);
  const longestByFirst = new Map<string, number>();
  for (const entry of compiled.slice(countsEnd + 1, longestEnd).split(' '))
    if (entry !== '') {
      const [unit = 0, length = 0] = entry.split(':').map(Number);
      longestByFirst.set(String.fromCharCode(unit), length);
    }
  const starts: number[] = [];
  for (let start = longestEnd + 1; start < compiled.length;) {
    starts.push(start);
    const end = compiled.indexOf('\n', start);
    start = end < 0 ? compiled.length : end + 1;
  }
  const lineStarts = Int32Array.from(starts);

  /** Compares the headword of the line starting at `start` with `word`, as `<` orders strings. */
  const compare = (start: number, word: string): number => {
    for (let offset = 0; ; offset += 1) {
      const code = compiled.charCodeAt(start + offset);
      const lineEnded = code === TAB || code === NEWLINE || Number.isNaN(code);
      if (offset === word.length) return lineEnded ? 0 : 1;
      if (lineEnded) return -1;
      const difference = code - word.charCodeAt(offset);
      if (difference !== 0) return difference;
    }
  };
  const found = new Map<string, readonly string[] | undefined>();
  const lookup = (headword: string): readonly string[] | undefined => {
    if (found.has(headword)) return found.get(headword);
    let low = 0;
    let high = lineStarts.length - 1;
    let stems: readonly string[] | undefined;
    while (low <= high && headword !== '') {
      const middle = (low + high) >>> 1;
      const start = lineStarts[middle] ?? 0;
      const order = compare(start, headword);
      if (order === 0) {
        const from = start + headword.length + 1;
        const to = compiled.indexOf('\n', from);
        const text = compiled.slice(from, to < 0 ? compiled.length : to);
        stems = text === '' ? undefined : text.split(' ');
        break;
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    found.set(headword, stems);
    return stems;
  };
  return {
    lookup,
    longestHeadword,
    longestStartingWith: (character) => longestByFirst.get(character) ?? 0,
    size,
    headwords: function* () {
      for (const start of lineStarts) yield compiled.slice(start, compiled.indexOf('\t', start));
    },
  };
}
