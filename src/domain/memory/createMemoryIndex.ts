import type { ConcordanceHit, MemorySide } from './concordanceHit';
import { englishWords } from './englishWords';
import { foldForMatching } from './foldForMatching';
import type { MemoryMatch } from './memoryMatch';
import type { MemoryUnit, MemoryUnitId } from './memoryUnit';
import { matchingTokens, type MatchingToken } from './matchingTokens';
import { rankMemoryMatches } from './rankMemoryMatches';
import { similarityOfTokens } from './similarityOfTokens';

export interface LookupOptions {
  /** The lowest match percentage returned (70 unless given). */
  readonly minScore?: number;
  /** How many matches at most (5 unless given). */
  readonly limit?: number;
}

export interface ConcordanceOptions {
  /** Which side to search; both unless given. */
  readonly side?: MemorySide;
  readonly limit?: number;
}

/** An in-memory index of translation-memory units for fuzzy lookup and concordance search. */
export interface MemoryIndex {
  readonly size: number;
  /** Adds units; a unit whose id is indexed already replaces the earlier one. */
  add(units: Iterable<MemoryUnit>): void;
  remove(id: MemoryUnitId): void;
  /** The best stored pairs for a sentence, ranked as rankMemoryMatches does. */
  lookup(sentence: string, options?: LookupOptions): MemoryMatch[];
  /** The stored pairs whose source (by characters) or target (by whole words) holds the phrase. */
  concordance(phrase: string, options?: ConcordanceOptions): ConcordanceHit[];
}

/** How many candidates, those sharing the most character pairs with the sentence, are scored. */
const CANDIDATES_SCORED = 300;

/**
 * Builds a MemoryIndex. Sources are indexed by pairs of neighbouring tokens (Chinese characters,
 * Latin words, numbers all as one placeholder, punctuation left out), so a lookup scores only the
 * units that share the most pairs with the sentence and whose length could reach the minimum score,
 * never every unit; targets are indexed by word for concordance.
 */
export function createMemoryIndex(initial: Iterable<MemoryUnit> = []): MemoryIndex {
  const units: (MemoryUnit | undefined)[] = [];
  const tokensOf: (MatchingToken[] | undefined)[] = [];
  const weights: number[] = [];
  const slotOf = new Map<MemoryUnitId, number>();
  const sourcePostings = new Map<string, number[]>();
  const wordPostings = new Map<string, number[]>();
  const exactSources = new Map<string, number[]>();
  let counts = new Uint16Array(0);
  let live = 0;

  function addOne(unit: MemoryUnit): void {
    const earlier = slotOf.get(unit.id);
    if (earlier !== undefined) removeSlot(earlier);
    const slot = units.length;
    const tokens = matchingTokens(unit.source);
    units.push(unit);
    tokensOf.push(tokens);
    weights.push(weightOf(tokens));
    slotOf.set(unit.id, slot);
    live += 1;
    for (const gram of new Set(gramsOf(tokens))) append(sourcePostings, gram, slot);
    for (const word of new Set(englishWords(unit.target).map((entry) => entry.text))) {
      append(wordPostings, word, slot);
    }
    append(exactSources, unit.source.trim(), slot);
  }

  function removeSlot(slot: number): void {
    const unit = units[slot];
    if (unit === undefined) return;
    units[slot] = undefined;
    tokensOf[slot] = undefined;
    slotOf.delete(unit.id);
    live -= 1;
  }

  function lookup(
    sentence: string,
    { minScore = 70, limit = 5 }: LookupOptions = {},
  ): MemoryMatch[] {
    const found: MemoryMatch[] = [];
    const exactSlots = new Set<number>();
    for (const slot of exactSources.get(sentence.trim()) ?? []) {
      const unit = units[slot];
      if (unit === undefined) continue;
      exactSlots.add(slot);
      found.push({ unit, score: 100, isExact: true });
    }
    const tokens = matchingTokens(sentence);
    const grams = [...new Set(gramsOf(tokens))];
    const weight = weightOf(tokens);
    const minimum = Math.max(0.01, minScore / 100);
    if (counts.length < units.length) counts = new Uint16Array(units.length * 2);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const slot of sourcePostings.get(gram) ?? []) {
        if (counts[slot] === 0) touched.push(slot);
        counts[slot] = (counts[slot] ?? 0) + 1;
      }
    }
    // An edit removes at most two of the sentence's pairs, and a unit reaching the minimum score
    // is at most (1 - minimum) / minimum of the sentence's weight away from it.
    const edits = Math.ceil(((1 - minimum) * weight) / minimum);
    const needed = Math.max(1, grams.length - 2 * edits);
    const passing: number[] = [];
    const histogram = new Uint32Array(grams.length + 1);
    for (const slot of touched) {
      const shared = counts[slot] ?? 0;
      counts[slot] = 0;
      const other = weights[slot] ?? 0;
      if (shared < needed || exactSlots.has(slot) || units[slot] === undefined) continue;
      if (other > weight / minimum || other < weight * minimum) continue;
      passing.push(slot, shared);
      histogram[shared] = (histogram[shared] ?? 0) + 1;
    }
    // Score the units sharing the most pairs: the lowest count that still keeps CANDIDATES_SCORED.
    let cutoff = grams.length;
    for (let kept = histogram[cutoff] ?? 0; cutoff > needed && kept < CANDIDATES_SCORED;) {
      cutoff -= 1;
      kept += histogram[cutoff] ?? 0;
    }
    let atCutoff = CANDIDATES_SCORED - kept(histogram, cutoff + 1);
    for (let at = 0; at < passing.length; at += 2) {
      const slot = passing[at] ?? 0;
      const shared = passing[at + 1] ?? 0;
      if (shared < cutoff || (shared === cutoff && atCutoff <= 0)) continue;
      if (shared === cutoff) atCutoff -= 1;
      const unit = units[slot];
      const stored = tokensOf[slot];
      if (unit === undefined || stored === undefined) continue;
      const score = Math.min(99, Math.floor(similarityOfTokens(tokens, stored) * 100 + 1e-9));
      if (score >= minScore) found.push({ unit, score, isExact: false });
    }
    found.sort(
      (first, second) => (slotOf.get(first.unit.id) ?? 0) - (slotOf.get(second.unit.id) ?? 0),
    );
    return rankMemoryMatches(found).slice(0, limit);
  }

  function concordance(
    phrase: string,
    { side, limit = 50 }: ConcordanceOptions = {},
  ): ConcordanceHit[] {
    const hits: ConcordanceHit[] = [];
    if (side !== 'target') hits.push(...searchSources(phrase));
    if (side !== 'source') hits.push(...searchTargets(phrase));
    return hits.slice(0, limit);
  }

  function searchSources(phrase: string): ConcordanceHit[] {
    const needle = foldForMatching(phrase).trim();
    if (needle === '') return [];
    const grams = gramsOf(matchingTokens(needle)).filter((gram) => !gram.startsWith(SINGLE));
    const candidates = rarestPostings(sourcePostings, grams) ?? allSlots();
    return collect(candidates, 'source', (unit) =>
      occurrences(foldForMatching(unit.source), needle),
    );
  }

  function searchTargets(phrase: string): ConcordanceHit[] {
    const words = englishWords(phrase).map((entry) => entry.text);
    if (words.length === 0) return [];
    const candidates = rarestPostings(wordPostings, words) ?? [];
    return collect(candidates, 'target', (unit) => phraseOccurrences(unit.target, words));
  }

  function collect(
    slots: readonly number[],
    side: MemorySide,
    find: (unit: MemoryUnit) => ConcordanceHit['ranges'],
  ): ConcordanceHit[] {
    const hits: ConcordanceHit[] = [];
    for (const slot of slots) {
      const unit = units[slot];
      if (unit === undefined) continue;
      const ranges = find(unit);
      if (ranges.length > 0) hits.push({ unit, side, ranges });
    }
    return hits;
  }

  function allSlots(): number[] {
    return units.flatMap((unit, slot) => (unit === undefined ? [] : [slot]));
  }

  const index: MemoryIndex = {
    get size() {
      return live;
    },
    add(added) {
      for (const unit of added) addOne(unit);
    },
    remove(id) {
      const slot = slotOf.get(id);
      if (slot !== undefined) removeSlot(slot);
    },
    lookup,
    concordance,
  };
  index.add(initial);
  return index;
}

const SINGLE = '\u0002';

/** Pairs of neighbouring content tokens; a sentence of one content token gives that token alone. */
function gramsOf(tokens: readonly MatchingToken[]): string[] {
  const keys = tokens
    .filter((token) => token.kind !== 'punctuation')
    .map((token) => (token.kind === 'number' ? '#' : token.text));
  if (keys.length === 1) return [`${SINGLE}${keys[0]}`];
  const grams: string[] = [];
  for (let index = 1; index < keys.length; index += 1) {
    grams.push(`${keys[index - 1]}\u0001${keys[index]}`);
  }
  return grams;
}

/** How many candidates share at least `count` pairs. */
function kept(histogram: Uint32Array, count: number): number {
  let sum = 0;
  for (let at = count; at < histogram.length; at += 1) sum += histogram[at] ?? 0;
  return sum;
}

function weightOf(tokens: readonly MatchingToken[]): number {
  return tokens.reduce((sum, token) => sum + token.weight, 0);
}

function append(postings: Map<string, number[]>, key: string, slot: number): void {
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [slot]);
  else list.push(slot);
}

/** The shortest posting list of the keys (a unit holding all of them is in each), or undefined without keys. */
function rarestPostings(
  postings: Map<string, number[]>,
  keys: readonly string[],
): number[] | undefined {
  if (keys.length === 0) return undefined;
  let rarest: number[] | undefined;
  for (const key of keys) {
    const list = postings.get(key) ?? [];
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  }
  return rarest;
}

function occurrences(haystack: string, needle: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    ranges.push({ start: at, end: at + needle.length });
  }
  return ranges;
}

function phraseOccurrences(
  text: string,
  words: readonly string[],
): { start: number; end: number }[] {
  const found = englishWords(text);
  const ranges: { start: number; end: number }[] = [];
  for (let index = 0; index + words.length <= found.length; index += 1) {
    const first = found[index];
    const last = found[index + words.length - 1];
    if (first === undefined || last === undefined) break;
    if (words.every((word, offset) => found[index + offset]?.text === word)) {
      ranges.push({ start: first.start, end: last.end });
      index += words.length - 1;
    }
  }
  return ranges;
}
