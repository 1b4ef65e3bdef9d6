import { beadListFromAlignment } from '../../domain/alignmentEditing/beadListFromAlignment';
import type { AlignmentWarning } from '../../domain/alignment/engine/alignmentAssessment';
import type { AlignedSentence, BeadList } from '../../domain/alignmentEditing/beadListTypes';
import { paragraphsOfSentences } from '../../domain/alignmentEditing/paragraphsOfSentences';
import { createAlignmentWorker } from '../../workers/createAlignmentWorker';
import { AlignmentCancelledError, startAlignmentJob } from '../../workers/startAlignmentJob';

export interface AlignedTexts {
  readonly list: BeadList;
  /** The engine's doubts about the run (see assessAlignment). */
  readonly warnings: readonly AlignmentWarning[];
}

export interface RunningAlignment {
  /** The bead list of the two texts; rejects with AlignmentCancelledError when cancelled. */
  readonly result: Promise<AlignedTexts>;
  readonly cancel: () => void;
}

/**
 * Aligns two texts in a new alignment worker (which loads CC-CEDICT there, never in the page),
 * reporting progress; the worker ends with the job.
 */
export function runAlignmentInWorker(
  source: readonly AlignedSentence[],
  target: readonly AlignedSentence[],
  onProgress: (fraction: number) => void,
): RunningAlignment {
  const worker = createAlignmentWorker();
  const sourceParagraphs = paragraphsOfSentences(source);
  const targetParagraphs = paragraphsOfSentences(target);
  const job = startAlignmentJob(
    worker,
    { input: { source: sourceParagraphs, target: targetParagraphs }, useDictionary: true },
    onProgress,
  );
  let rejectOnCancel: (error: Error) => void = () => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    rejectOnCancel = reject;
  });
  const result = Promise.race([job.result, cancelled])
    .then((alignment) => ({
      list: beadListFromAlignment(sourceParagraphs, targetParagraphs, alignment),
      warnings: alignment.assessment?.warnings ?? [],
    }))
    .finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      // Ending the worker stops it at once, even inside a long step that checks for cancels rarely.
      job.cancel();
      worker.terminate();
      rejectOnCancel(new AlignmentCancelledError('The alignment was cancelled.'));
    },
  };
}
