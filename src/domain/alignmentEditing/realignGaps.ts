import type { CedictIndex } from '../dictionary/cedictIndex';
import type {
  AlignmentEvidence,
  AlignmentInput,
  AlignmentResult,
} from '../alignment/alignmentTypes';
import { beadListFromAlignment } from './beadListFromAlignment';
import type { BeadList, BeadListSplice, BeadOperationResult } from './beadListTypes';
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
  /** Called after each gap with the sentences aligned so far and in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Re-aligns the sentences between confirmed beads, gap by gap, never touching a confirmed bead,
 * with the word pairs learned from the confirmed beads as glossary evidence. One splice a gap whose
 * beads changed, right to left (so each splice's position holds in the original list).
 */
export function realignGaps(
  list: BeadList,
  align: AlignGap,
  options: RealignOptions = {},
): BeadOperationResult {
  const runs = findUnconfirmedRuns(list);
  if (runs.length === 0) return refuse('nothing-to-realign');
  const glossary = learnPairsFromConfirmedBeads(list, options.dictionary);
  const ranges = beadSentenceRanges(list);
  const gaps = runs.map((run) => {
    const first = ranges[run.start];
    const last = ranges[run.end - 1];
    return {
      run,
      source: list.source.slice(first?.sourceStart ?? 0, last?.sourceEnd ?? 0),
      target: list.target.slice(first?.targetStart ?? 0, last?.targetEnd ?? 0),
    };
  });
  const total = gaps.reduce((sum, gap) => sum + gap.source.length + gap.target.length, 0);
  let done = 0;
  const splices: BeadListSplice[] = [];
  for (const { run, source, target } of gaps) {
    if (source.length + target.length > 0) {
      const sourceParagraphs = paragraphsOfSentences(source);
      const targetParagraphs = paragraphsOfSentences(target);
      const result = align({ source: sourceParagraphs, target: targetParagraphs }, { glossary });
      const { beads } = beadListFromAlignment(sourceParagraphs, targetParagraphs, result);
      const removed = list.beads.slice(run.start, run.end);
      const isSame =
        beads.length === removed.length &&
        beads.every(
          (bead, index) =>
            bead.sourceCount === removed[index]?.sourceCount &&
            bead.targetCount === removed[index]?.targetCount &&
            bead.confidence === removed[index]?.confidence,
        );
      if (!isSame) splices.push({ part: 'beads', at: run.start, removed, inserted: beads });
      done += source.length + target.length;
      options.onProgress?.(done, total);
    }
  }
  return splices.length === 0 ? refuse('unchanged') : changeOf(...splices.toReversed());
}

/** The sentences as paragraphs by their paragraph starts; the first always opens one. */
