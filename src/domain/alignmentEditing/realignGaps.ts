import type {
  AlignmentEvidence,
  AlignmentInput,
  AlignmentResult,
} from '../alignment/engine/alignmentTypes';
import type { CedictIndex } from '../dictionary/cedictIndex';
import { beadListFromAlignment } from './beadListFromAlignment';
import type {
  AlignedSentence,
  BeadList,
  BeadListSplice,
  BeadOperationResult,
  EditableBead,
} from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { changeOf } from './changeOf';
import { findUnconfirmedRuns } from './findUnconfirmedRuns';
import { learnPairsFromConfirmedBeads } from './learnPairsFromConfirmedBeads';
import { paragraphsOfSentences } from './paragraphsOfSentences';
import { refuse } from './refuse';

/** Aligns two texts with extra evidence; the worker passes the engine with its dictionary. */
export type AlignGap = (input: AlignmentInput, evidence: AlignmentEvidence) => AlignmentResult;

export interface RealignOptions {
  /** Lets the pairs learned from confirmed beads skip what the dictionary already knows. */
  readonly dictionary?: CedictIndex;
  /** Called as gaps are settled, with their sentences settled so far and in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Re-aligns the sentences between confirmed beads, never touching a confirmed bead, with the word
 * pairs learned from the confirmed beads as glossary evidence. The whole text is aligned once (the
 * engine calibrates itself on all of it, which small gaps alone cannot give); a gap takes that
 * result where it has bead boundaries at both ends of the gap, and is aligned on its own otherwise.
 * One splice a gap whose beads changed, right to left (each position holds in the original list).
 */
export function realignGaps(
  list: BeadList,
  align: AlignGap,
  options: RealignOptions = {},
): BeadOperationResult {
  const runs = findUnconfirmedRuns(list);
  if (runs.length === 0) return refuse('nothing-to-realign');
  const evidence: AlignmentEvidence = {
    glossary: learnPairsFromConfirmedBeads(list, options.dictionary),
  };
  const ranges = beadSentenceRanges(list);
  const gaps = runs.map((run) => {
    const first = ranges[run.start];
    const last = ranges[run.end - 1];
    return {
      run,
      sourceStart: first?.sourceStart ?? 0,
      sourceEnd: last?.sourceEnd ?? 0,
      targetStart: first?.targetStart ?? 0,
      targetEnd: last?.targetEnd ?? 0,
    };
  });
  const sizeOf = (gap: (typeof gaps)[number]): number =>
    gap.sourceEnd - gap.sourceStart + gap.targetEnd - gap.targetStart;
  const total = gaps.reduce((sum, gap) => sum + sizeOf(gap), 0);
  const whole = alignSentences(list.source, list.target, align, evidence);
  const wholeStarts = beadStarts(whole);
  const settled = gaps.map((gap) => {
    const start = wholeStarts.get(`${gap.sourceStart},${gap.targetStart}`);
    const end = wholeStarts.get(`${gap.sourceEnd},${gap.targetEnd}`);
    return start === undefined || end === undefined ? undefined : whole.slice(start, end);
  });
  let done = gaps.reduce((sum, gap, index) => sum + (settled[index] ? sizeOf(gap) : 0), 0);
  options.onProgress?.(done, total);

  const splices: BeadListSplice[] = [];
  gaps.forEach((gap, index) => {
    let beads: readonly EditableBead[] | undefined = settled[index];
    if (beads === undefined) {
      beads = alignSentences(
        list.source.slice(gap.sourceStart, gap.sourceEnd),
        list.target.slice(gap.targetStart, gap.targetEnd),
        align,
        evidence,
      );
      done += sizeOf(gap);
      options.onProgress?.(done, total);
    }
    const removed = list.beads.slice(gap.run.start, gap.run.end);
    if (!haveSameBeads(beads, removed))
      splices.push({ part: 'beads', at: gap.run.start, removed, inserted: beads });
  });
  return splices.length === 0 ? refuse('unchanged') : changeOf(...splices.toReversed());
}

function alignSentences(
  source: readonly AlignedSentence[],
  target: readonly AlignedSentence[],
  align: AlignGap,
  evidence: AlignmentEvidence,
): readonly EditableBead[] {
  if (source.length + target.length === 0) return [];
  const sourceParagraphs = paragraphsOfSentences(source);
  const targetParagraphs = paragraphsOfSentences(target);
  const result = align({ source: sourceParagraphs, target: targetParagraphs }, evidence);
  return beadListFromAlignment(sourceParagraphs, targetParagraphs, result).beads;
}

/** Where each bead starts, `source,target` → bead index; the end of the text maps to the bead count. */
function beadStarts(beads: readonly EditableBead[]): Map<string, number> {
  const starts = new Map<string, number>();
  let source = 0;
  let target = 0;
  beads.forEach((bead, index) => {
    starts.set(`${source},${target}`, index);
    source += bead.sourceCount;
    target += bead.targetCount;
  });
  starts.set(`${source},${target}`, beads.length);
  return starts;
}

function haveSameBeads(first: readonly EditableBead[], second: readonly EditableBead[]): boolean {
  return (
    first.length === second.length &&
    first.every(
      (bead, index) =>
        bead.sourceCount === second[index]?.sourceCount &&
        bead.targetCount === second[index]?.targetCount &&
        bead.confidence === second[index]?.confidence,
    )
  );
}

/** The sentences as paragraphs by their paragraph starts; the first always opens one. */
