import { alignSentences } from '../alignment/engine/alignSentences';
import type { CedictIndex } from '../dictionary/cedictIndex';
import { beadListPairs } from './beadListPairs';
import { parseBeadList } from './parseBeadList';
import { realignGaps } from './realignGaps';
import type { RealignRequest, RealignWorkerMessage } from './realignProtocol';

export interface RealignHandlerEnvironment {
  readonly post: (message: RealignWorkerMessage) => void;
  readonly loadDictionary: () => Promise<CedictIndex>;
}

/**
 * The alignment worker's realignment: re-runs the engine only between confirmed beads, with the
 * dictionary, the word pairs learned from the confirmed beads (as glossary evidence) and the
 * confirmed pairs themselves (as certain pairs for the translations the engine learns), and posts
 * the one change that makes.
 */
export function createRealignMessageHandler(
  environment: RealignHandlerEnvironment,
): (request: RealignRequest) => Promise<void> {
  return async (request) => {
    try {
      const dictionary = request.useDictionary ? await environment.loadDictionary() : undefined;
      const list = parseBeadList(request.list);
      // The confirmed beads are certain training pairs for the translations the engine learns.
      const trustedPairs = beadListPairs(list)
        .filter((pair) => pair.confirmed && pair.source !== '' && pair.target !== '')
        .map(({ source, target }) => ({ source, target }));
      const result = realignGaps(
        list,
        (input, evidence) => alignSentences(input, { ...evidence, dictionary, trustedPairs }),
        { dictionary },
      );
      environment.post({
        type: 'realigned',
        jobId: request.jobId,
        change: result.ok ? result.change : null,
      });
    } catch (error) {
      environment.post({
        type: 'error',
        jobId: request.jobId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
