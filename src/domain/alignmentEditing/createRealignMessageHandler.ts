import { alignSentences } from '../alignment/alignSentences';
import type { CedictIndex } from '../dictionary/cedictIndex';
import { parseBeadList } from './parseBeadList';
import { realignGaps } from './realignGaps';
import type { RealignRequest, RealignWorkerMessage } from './realignProtocol';

export interface RealignHandlerEnvironment {
  readonly post: (message: RealignWorkerMessage) => void;
  readonly loadDictionary: () => Promise<CedictIndex>;
}

/**
 * The alignment worker's realignment: re-runs the engine only between confirmed beads, with the
 * dictionary and what the confirmed beads teach, and posts the one change that makes.
 */
export function createRealignMessageHandler(
  environment: RealignHandlerEnvironment,
): (request: RealignRequest) => Promise<void> {
  return async (request) => {
    try {
      const dictionary = request.useDictionary ? await environment.loadDictionary() : undefined;
      const result = realignGaps(
        parseBeadList(request.list),
        (input, evidence) => alignSentences(input, { ...evidence, dictionary }),
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
