import { foldChineseText } from './foldChineseText';

/** A glossary form to look for: an id and the Chinese text of one term or variant. */
export interface TermPattern<Id> {
  readonly id: Id;
  readonly source: string;
}

export interface TermMatch<Id> {
  readonly id: Id;
  /** UTF-16 offset of the first character of the match. */
  readonly start: number;
  /** UTF-16 offset just past the match. */
  readonly end: number;
}

export interface TermAutomaton<Id> {
  /** The terms in a text, longest first, never overlapping, in text order. */
  readonly find: (text: string) => TermMatch<Id>[];
  /** Every occurrence of every pattern, nested and overlapping ones included, by start. */
  readonly findAll: (text: string) => TermMatch<Id>[];
}

const NONE = -1;

/**
 * One Aho–Corasick automaton over every pattern, folded (traditional/simplified, full/half width,
 * case) as the texts it is run on. Where patterns overlap the longest wins, then the leftmost;
 * of two patterns with the same folded text the first given wins.
 */
export function createTermAutomaton<Id>(patterns: readonly TermPattern<Id>[]): TermAutomaton<Id> {
  const folded = patterns.map((pattern) => foldChineseText(pattern.source));
  const capacity = Math.max(2, folded.reduce((sum, text) => sum + text.length, 0) + 1);
  const edges = createEdgeTable(capacity);
  const firstChild = new Int32Array(capacity).fill(NONE);
  const nextSibling = new Int32Array(capacity).fill(NONE);
  const patternAt = new Int32Array(capacity).fill(NONE);
  const depth = new Int32Array(capacity);
  let nodeCount = 1;

  folded.forEach((text, patternIndex) => {
    if (text.length === 0) return;
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      let next = edges.get(node, code);
      if (next === NONE) {
        next = nodeCount++;
        edges.set(node, code, next);
        depth[next] = index + 1;
        nextSibling[next] = firstChild[node] ?? NONE;
        firstChild[node] = next;
      }
      node = next;
    }
    if (patternAt[node] === NONE) patternAt[node] = patternIndex;
  });

  const fromRoot = new Int32Array(0x10000).fill(NONE);
  for (let child = firstChild[0] ?? NONE; child !== NONE; child = nextSibling[child] ?? NONE)
    fromRoot[edges.codeOf(child)] = child;
  const fail = new Int32Array(nodeCount);
  const outputLink = new Int32Array(nodeCount).fill(NONE);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let child = firstChild[0] ?? NONE; child !== NONE; child = nextSibling[child] ?? NONE)
    queue[tail++] = child;
  while (head < tail) {
    const node = queue[head++] ?? 0;
    for (let child = firstChild[node] ?? NONE; child !== NONE; child = nextSibling[child] ?? NONE) {
      const code = edges.codeOf(child);
      let state = fail[node] ?? 0;
      let target = edges.get(state, code);
      while (target === NONE && state !== 0) {
        state = fail[state] ?? 0;
        target = edges.get(state, code);
      }
      const link = target === NONE || target === child ? 0 : target;
      fail[child] = link;
      outputLink[child] = (patternAt[link] ?? NONE) !== NONE ? link : (outputLink[link] ?? NONE);
      queue[tail++] = child;
    }
  }

  function collect(text: string): TermMatch<Id>[] {
    const foldedText = foldChineseText(text);
    const matches: TermMatch<Id>[] = [];
    let state = 0;
    for (let index = 0; index < foldedText.length; index += 1) {
      const code = foldedText.charCodeAt(index);
      let next = state === 0 ? NONE : edges.get(state, code);
      while (next === NONE && state !== 0) {
        state = fail[state] ?? 0;
        if (state !== 0) next = edges.get(state, code);
      }
      if (next === NONE) next = fromRoot[code] ?? NONE;
      state = next === NONE ? 0 : next;
      if (state === 0) continue;
      for (
        let node = (patternAt[state] ?? NONE) !== NONE ? state : (outputLink[state] ?? NONE);
        node !== NONE;
        node = outputLink[node] ?? NONE
      ) {
        const pattern = patterns[patternAt[node] ?? 0];
        if (pattern === undefined) continue;
        const length = depth[node] ?? 0;
        matches.push({ id: pattern.id, start: index + 1 - length, end: index + 1 });
      }
    }
    return matches;
  }

  function findAll(text: string): TermMatch<Id>[] {
    return collect(text).sort((left, right) => left.start - right.start || right.end - left.end);
  }

  function find(text: string): TermMatch<Id>[] {
    const all = collect(text);
    let isApart = true;
    for (let index = 1; index < all.length && isApart; index += 1)
      isApart = (all[index]?.start ?? 0) >= (all[index - 1]?.end ?? 0);
    if (isApart) return all;
    const byLength = [...all].sort(
      (left, right) =>
        right.end - right.start - (left.end - left.start) || left.start - right.start,
    );
    const taken = new Uint8Array(text.length);
    const chosen: TermMatch<Id>[] = [];
    for (const match of byLength) {
      let isFree = true;
      for (let index = match.start; index < match.end && isFree; index += 1)
        isFree = taken[index] === 0;
      if (!isFree) continue;
      taken.fill(1, match.start, match.end);
      chosen.push(match);
    }
    return chosen.sort((left, right) => left.start - right.start);
  }

  return { find, findAll };
}

/** Trie edges (node, UTF-16 unit) → node in one open-addressing table. */
function createEdgeTable(edgeCount: number) {
  let size = 2;
  while (size < edgeCount * 2) size *= 2;
  const mask = size - 1;
  const fromNodes = new Int32Array(size).fill(NONE);
  const codes = new Uint16Array(size);
  const targets = new Int32Array(size);
  const codeByTarget = new Uint16Array(edgeCount + 1);
  const slot = (node: number, code: number): number =>
    (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
  return {
    get(node: number, code: number): number {
      for (let index = slot(node, code); ; index = (index + 1) & mask) {
        const from = fromNodes[index] ?? NONE;
        if (from === NONE) return NONE;
        if (from === node && codes[index] === code) return targets[index] ?? NONE;
      }
    },
    set(node: number, code: number, target: number): void {
      let index = slot(node, code);
      while ((fromNodes[index] ?? NONE) !== NONE) index = (index + 1) & mask;
      fromNodes[index] = node;
      codes[index] = code;
      targets[index] = target;
      codeByTarget[target] = code;
    },
    codeOf(target: number): number {
      return codeByTarget[target] ?? 0;
    },
  };
}
