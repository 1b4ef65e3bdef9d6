import { newId } from '../../domain/ids';
import { createQaCheckMessageHandler } from '../../domain/qa/createQaCheckMessageHandler';
import type { QaCheckMessage, QaCheckRequest } from '../../domain/qa/qaCheckProtocol';
import type { QaFinding, QaSegment } from '../../domain/qa/qaFinding';
import { createQaWorker } from '../../workers/createQaWorker';

/** The part of a Worker a document check needs; a fake in tests. */
export interface QaWorkerPort {
  postMessage(message: QaCheckRequest): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface DocumentCheckCallbacks {
  readonly onProgress: (checked: number, total: number) => void;
  readonly onDone: (findings: readonly QaFinding[]) => void;
  readonly onFailed: (message: string) => void;
}

export interface DocumentCheck {
  /** Stops the check; no callback is called after it. */
  readonly cancel: () => void;
  /** Whether it runs in a worker (else on the page's thread, a slice at a time). */
  readonly isInWorker: boolean;
}

function defaultWorker(): QaWorkerPort | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return createQaWorker();
  } catch {
    return undefined;
  }
}

/**
 * Checks a whole document in the document-check worker, so that a long one never holds the
 * page; where no Worker can be made (or it fails to start), on the page's thread in slices.
 */
export function startDocumentCheck(
  segments: readonly QaSegment[],
  callbacks: DocumentCheckCallbacks,
  createWorker: () => QaWorkerPort | undefined = defaultWorker,
): DocumentCheck {
  const runId = newId<string>();
  let isOver = false;
  const receive = (message: QaCheckMessage) => {
    if (isOver || message.runId !== runId) return;
    if (message.type === 'progress') return callbacks.onProgress(message.checked, message.total);
    isOver = true;
    worker?.terminate();
    if (message.type === 'done') callbacks.onDone(message.findings);
    else if (message.type === 'failed') callbacks.onFailed(message.message);
    return undefined;
  };
  const inThread = () => {
    const handle = createQaCheckMessageHandler({ post: receive });
    void handle({ type: 'check', runId, segments });
    return handle;
  };
  let handleInThread: ReturnType<typeof inThread> | undefined;
  let hasAnswered = false;
  const worker = createWorker();
  if (worker === undefined) handleInThread = inThread();
  else {
    worker.addEventListener('message', (event) => {
      hasAnswered = true;
      receive((event as MessageEvent<QaCheckMessage>).data);
    });
    worker.addEventListener('error', () => {
      if (isOver) return;
      worker.terminate();
      // A worker that cannot start (its script refused, say): the page checks instead.
      if (!hasAnswered) handleInThread = inThread();
      else {
        isOver = true;
        callbacks.onFailed('The document-check worker stopped.');
      }
    });
    worker.postMessage({ type: 'check', runId, segments });
  }
  return {
    isInWorker: worker !== undefined,
    cancel: () => {
      if (isOver) return;
      isOver = true;
      worker?.terminate();
      void handleInThread?.({ type: 'cancel', runId });
    },
  };
}
