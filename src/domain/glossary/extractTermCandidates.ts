import type { CedictIndex } from '../dictionary/cedictIndex';
import { foldChineseText } from './foldChineseText';
import { suggestRendering } from './suggestRendering';

export interface CandidateSegment {
  readonly source: string;
  /** The translation, empty when there is none yet. */
  readonly target: string;
}

export interface TermCandidate {
  readonly term: string;
  /** How many times the term occurs in the sources. */
  readonly count: number;
  /** Indexes of the segments it occurs in. */
  readonly segmentIndexes: readonly number[];
  readonly isQuoted: boolean;
  /** The English the translated segments most often give it; empty when none stands out. */
  readonly suggestion: string;
  readonly score: number;
}

export interface CandidateOptions {
  /** Terms not to propose again: the glossary's terms and the candidates already rejected. */
  readonly known?: readonly string[];
  readonly dictionary?: CedictIndex;
  readonly limit?: number;
}

const QUOTED = /[“「『‘《]([^“”「」『』‘’《》]{2,16})[”」』’》]/g;
const CHINESE_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LONGEST = 10;
/** A string is dropped for a longer one that holds this share of its occurrences. */
const MOSTLY = 0.75;
/** A string is dropped as part of glossary terms when this share of its occurrences is inside them. */
const INSIDE_KNOWN = 0.5;
/** How many more candidates than asked for are ranked again by their renderings. */
const POOL_FACTOR = 3;
/** How much a candidate's score depends on how well its suggested rendering is backed. */
const RENDERING_WEIGHT = 0.6;
/** A suggestion backed less than this is not offered (an empty field beats a wrong phrase). */
const LEAST_CONFIDENCE = 0.2;
/** Characters a term seldom starts or ends with. */
const EDGE_STOPS = new Set([
  ...'的了和与及在是等对为将把被也都而并其之以于从向着过地得要不这就更又还或但到让使由所给我你他她它们个些该此每各',
]);
const INNER_STOPS = new Set([...'的了着过']);
/** Words a recurring string may begin with that make it a phrase of the text rather than a term. */
const LEADING_WORDS = [
  '进一步',
  '我省',
  '全省',
  '我们',
  '加快',
  '推进',
  '推动',
  '实施',
  '深化',
  '强化',
  '打造',
  '提升',
  '贯彻',
  '落实',
  '学习',
  '认真',
  '积极',
  '全面',
  '不断',
  '持续',
  '努力',
  '表示',
  '当前',
  '今后',
  '下一步',
  '围绕',
  '坚持',
  '加强',
  '建设',
  '构建',
  '实现',
  '奋进',
  '锚定',
  '开辟',
  '注入',
  '发挥',
  '扎实',
  '聚焦',
  '充分',
  '全力',
  '通过',
  '作为',
  '贡献',
  '紧紧',
  '大力',
  '有效',
  '切实',
  '坚决',
  '主动',
  '优化',
  '完善',
  '形成',
  '提供',
  '具有',
  '取得',
  '融入',
  '激发',
  '谱写',
  '首个',
];
const TRAILING_WORDS = [
  '表示',
  '目标',
  '精神',
  '力量',
  '建设',
  '工作',
  '方面',
  '问题',
  '任务',
  '要求',
  '体系化',
];

/**
 * Candidate terms of a project: phrases in Chinese quotation marks and strings of two to ten Chinese
 * characters that recur, without a function word at either edge, kept only where they are not just
 * part of a longer recurring string; for each, the English that its translated segments share most
 * as a suggested rendering. Best first: quoted phrases and longer, more frequent strings.
 */
export function extractTermCandidates(
  segments: readonly CandidateSegment[],
  options: CandidateOptions = {},
): TermCandidate[] {
  const known = new Set((options.known ?? []).map(foldChineseText));
  const sources = segments.map((segment) => segment.source);
  const quoted = new Set<string>();
  for (const source of sources)
    for (const match of source.matchAll(QUOTED)) {
      const phrase = match[1] ?? '';
      if (/^[\u3400-\u9fff\uf900-\ufaff]{2,10}$/.test(phrase) && looksLikeTerm(phrase))
        quoted.add(phrase);
    }

  const counts = new Map<string, number>();
  for (const source of sources)
    for (const run of source.match(CHINESE_RUN) ?? [])
      for (let start = 0; start < run.length; start += 1)
        for (let length = 2; length <= LONGEST && start + length <= run.length; length += 1) {
          const gram = run.slice(start, start + length);
          counts.set(gram, (counts.get(gram) ?? 0) + 1);
        }

  const runs = sources.flatMap((source) => source.match(CHINESE_RUN) ?? []);
  const isGeneralWord = (gram: string): boolean =>
    options.dictionary === undefined
      ? gram.length === 2
      : options.dictionary.lookup(gram) !== undefined;
  const recurring = [...counts]
    .filter(([gram, count]) => count >= 2 && looksLikeTerm(gram) && !isGeneralWord(gram))
    .map(([gram]) => gram)
    .filter((gram) => hasVariedNeighbours(gram, runs, options.dictionary));
  const longerCounts = new Map<string, number>();
  for (const gram of recurring) {
    const count = counts.get(gram) ?? 0;
    for (let start = 0; start < gram.length; start += 1)
      for (let end = start + 2; end <= gram.length; end += 1) {
        if (end - start === gram.length) continue;
        const part = gram.slice(start, end);
        longerCounts.set(part, Math.max(longerCounts.get(part) ?? 0, count));
      }
  }
  // A string found at least half the time inside glossary terms is a part of them, not a term.
  const insideKnown = new Map<string, number>();
  for (const term of new Set(options.known ?? [])) {
    const count = counts.get(term) ?? 0;
    if (count === 0) continue;
    const parts = new Set<string>();
    for (let start = 0; start < term.length; start += 1)
      for (let end = start + 2; end <= term.length; end += 1)
        if (end - start < term.length) parts.add(term.slice(start, end));
    for (const part of parts) insideKnown.set(part, (insideKnown.get(part) ?? 0) + count);
  }
  const units = recurring.filter(
    (gram) =>
      (longerCounts.get(gram) ?? 0) < MOSTLY * (counts.get(gram) ?? 0) &&
      (insideKnown.get(gram) ?? 0) < INSIDE_KNOWN * (counts.get(gram) ?? 0),
  );

  const terms = new Set([...quoted, ...units]);
  const candidates: TermCandidate[] = [];
  for (const term of terms) {
    if (known.has(foldChineseText(term))) continue;
    const segmentIndexes: number[] = [];
    let count = 0;
    sources.forEach((source, index) => {
      const occurrences = source.split(term).length - 1;
      if (occurrences > 0) segmentIndexes.push(index);
      count += occurrences;
    });
    const isQuoted = quoted.has(term);
    const score = (count + (isQuoted ? 2 : 0)) * Math.log2(1 + term.length);
    candidates.push({ term, count, segmentIndexes, isQuoted, suggestion: '', score });
  }
  // The strings' own ranking picks a pool; how consistently the translations render each
  // unquoted one (a term has a rendering of its own, a stretch of running text has none) orders it.
  const limit = options.limit ?? 200;
  const pool = candidates
    .sort(byScore)
    .slice(0, limit * POOL_FACTOR)
    .map((candidate) => {
      const suggested = suggestRendering(
        candidate.term,
        candidate.segmentIndexes,
        segments,
        options.dictionary,
      );
      const isTranslated = suggested.text !== '';
      return {
        ...candidate,
        suggestion: suggested.confidence >= LEAST_CONFIDENCE ? suggested.text : '',
        // The text's own quotation marks say a phrase is a term: it keeps its place.
        score: candidate.isQuoted
          ? candidate.score
          : isTranslated
            ? candidate.score * (1 - RENDERING_WEIGHT + RENDERING_WEIGHT * suggested.confidence)
            : candidate.score * (1 - RENDERING_WEIGHT / 2),
      };
    });
  return pool.sort(byScore).slice(0, limit);
}

function byScore(left: TermCandidate, right: TermCandidate): number {
  return right.score - left.score || left.term.localeCompare(right.term, 'zh');
}

function looksLikeTerm(gram: string): boolean {
  const first = gram[0] ?? '';
  const last = gram[gram.length - 1] ?? '';
  if (EDGE_STOPS.has(first) || EDGE_STOPS.has(last)) return false;
  for (const character of gram) if (INNER_STOPS.has(character)) return false;
  if (LEADING_WORDS.some((word) => gram.startsWith(word) && gram !== word)) return false;
  if (TRAILING_WORDS.some((word) => gram.endsWith(word) && gram !== word)) return false;
  return !LEADING_WORDS.includes(gram);
}

/**
 * Whether the string is a unit of its own: at each edge at least two different neighbours, where
 * the edge of a run, a function word and one of the leading or trailing words all count as a
 * neighbour of their own (so a fragment such as 步加快, always after 一, does not qualify), and
 * not cut through a dictionary word too often.
 */
function hasVariedNeighbours(
  gram: string,
  runs: readonly string[],
  dictionary: CedictIndex | undefined,
): boolean {
  const isWord = (text: string): boolean => dictionary?.lookup(text) !== undefined;
  const left = new Set<string>();
  const right = new Set<string>();
  let boundaries = 0;
  let occurrences = 0;
  let cuts = 0;
  for (const run of runs) {
    for (let start = run.indexOf(gram); start >= 0; start = run.indexOf(gram, start + 1)) {
      const end = start + gram.length;
      const before = run.slice(0, start);
      const after = run.slice(end);
      const isLeftBoundary =
        before === '' ||
        EDGE_STOPS.has(before[before.length - 1] ?? '') ||
        LEADING_WORDS.some((word) => before.endsWith(word));
      const isRightBoundary =
        after === '' ||
        EDGE_STOPS.has(after[0] ?? '') ||
        TRAILING_WORDS.some((word) => after.startsWith(word)) ||
        LEADING_WORDS.some((word) => after.startsWith(word));
      const isCut =
        LEADING_WORDS.some((word) => cutsWord(before, gram, word)) ||
        (before !== '' && isWord(before.slice(-1) + gram[0]) && !isWord(gram.slice(0, 2)));
      const isRightCut =
        after !== '' && isWord(gram.slice(-1) + after[0]) && !isWord(gram.slice(-2));
      occurrences += 1;
      if (isCut || isRightCut) cuts += 1;
      left.add(
        isCut ? '✂' : isLeftBoundary ? `|${(boundaries += 1)}` : (before[before.length - 1] ?? ''),
      );
      right.add(isRightCut ? '✂' : isRightBoundary ? `|${(boundaries += 1)}` : (after[0] ?? ''));
    }
  }
  // Cut through a word half the time (县域医 of 县域医疗), or at all when only two characters
  // long (实推 of 扎实推进): a fragment, however varied its other neighbours.
  if (cuts > 0 && (gram.length === 2 || 2 * cuts >= occurrences)) return false;
  return left.size >= 2 && right.size >= 2;
}

/** Whether an occurrence of `gram` after `before` starts inside `word` (步加快 after 进一). */
function cutsWord(before: string, gram: string, word: string): boolean {
  for (let split = 1; split < word.length; split += 1)
    if (before.endsWith(word.slice(0, split)) && gram.startsWith(word.slice(split))) return true;
  return false;
}
