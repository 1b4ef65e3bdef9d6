import type {
  TermCandidatesReply,
  TermCandidatesRequest,
} from '../domain/glossary/createTermCandidatesMessageHandler';
import type { TermCandidate } from '../domain/glossary/extractTermCandidates';

export interface RunningCandidateSearch {
  readonly result: Promise<readonly TermCandidate[]>;
  /** Ends the worker; the result then never settles. */
  readonly cancel: () => void;
}

/** Finds a project's term candidates in a new worker (with CC-CEDICT); the worker ends with it. */
export function findTermCandidatesInWorker(
  request: Omit<TermCandidatesRequest, 'type'>,
): RunningCandidateSearch {
  const worker = new Worker(new URL('./termCandidatesWorker.ts', import.meta.url), {
    type: 'module',
  });
  const result = new Promise<readonly TermCandidate[]>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<TermCandidatesReply>) => {
      worker.terminate();
      if (event.data.type === 'candidates') resolve(event.data.candidates);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The term-candidates worker failed.'));
    });
  });
  worker.postMessage({ type: 'findCandidates', ...request } satisfies TermCandidatesRequest);
  return { result, cancel: () => worker.terminate() };
}
