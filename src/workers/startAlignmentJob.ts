import type {
  AlignmentRequest,
  AlignmentWorkerMessage,
} from '../domain/alignment/protocol/alignmentProtocol';
import type { AlignmentResult } from '../domain/alignment/engine/alignmentTypes';
import { newId } from '../domain/ids';

/** The part of a Worker that a job needs; a fake in tests. */
export interface AlignmentWorkerPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export class AlignmentCancelledError extends Error {
  override readonly name = 'AlignmentCancelledError';
}

export interface AlignmentJob {
  readonly result: Promise<AlignmentResult>;
  /** Asks the worker to stop; `result` then rejects with AlignmentCancelledError. */
  readonly cancel: () => void;
}

/**
 * Sends one alignment request to the alignment worker and follows its answers: progress goes to
 * `onProgress`, the outcome settles `result` (an Error carrying the worker's message on failure).
 */
export function startAlignmentJob(
  worker: AlignmentWorkerPort,
  request: Omit<AlignmentRequest, 'type' | 'jobId'>,
  onProgress?: (fraction: number) => void,
): AlignmentJob {
  const jobId = newId<string>();
  const result = new Promise<AlignmentResult>((resolve, reject) => {
    const listener = (event: MessageEvent): void => {
      const message = event.data as AlignmentWorkerMessage;
      if (message.jobId !== jobId) return;
      if (message.type === 'progress') {
        onProgress?.(message.fraction);
        return;
      }
      worker.removeEventListener('message', listener);
      if (message.type === 'result') resolve(message.result);
      else if (message.type === 'cancelled')
        reject(new AlignmentCancelledError('The alignment was cancelled.'));
      else reject(new Error(message.message));
    };
    worker.addEventListener('message', listener);
  });
  worker.postMessage({ ...request, type: 'align', jobId } satisfies AlignmentRequest);
  return { result, cancel: () => worker.postMessage({ type: 'cancel', jobId }) };
}
