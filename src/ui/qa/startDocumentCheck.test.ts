import { describe, expect, it, vi } from 'vitest';
import { createQaCheckMessageHandler } from '../../domain/qa/createQaCheckMessageHandler';
import type { QaCheckRequest } from '../../domain/qa/qaCheckProtocol';
import type { QaFinding, QaSegment } from '../../domain/qa/qaFinding';
import { runQaChecks } from '../../domain/qa/runQaChecks';
import { startDocumentCheck, type QaWorkerPort } from './startDocumentCheck';

const segments: QaSegment[] = [
  { key: 'a', source: '7月28日。', target: 'July 29.' },
  { key: 'b', source: '第二句。', target: 'Second  sentence.' },
];

/** A worker that runs the real handler, as the worker script does, asynchronously. */
function fakeWorker(): QaWorkerPort & { readonly isTerminated: () => boolean } {
  const listeners: ((event: Event) => void)[] = [];
  let isTerminated = false;
  const handle = createQaCheckMessageHandler({
    post: (message) => {
      if (!isTerminated)
        listeners.forEach((listener) => listener(new MessageEvent('message', { data: message })));
    },
  });
  return {
    postMessage: (message: QaCheckRequest) => void Promise.resolve().then(() => handle(message)),
    addEventListener: (type, listener) => {
      if (type === 'message') listeners.push(listener);
    },
    terminate: () => {
      isTerminated = true;
    },
    isTerminated: () => isTerminated,
  };
}

function callbacks() {
  let resolve: (findings: readonly QaFinding[]) => void = () => undefined;
  const done = new Promise<readonly QaFinding[]>((settle) => (resolve = settle));
  return {
    done,
    onProgress: vi.fn(),
    onDone: (findings: readonly QaFinding[]) => resolve(findings),
    onFailed: vi.fn(),
  };
}

describe('startDocumentCheck', () => {
  it('checks in the worker, with progress, and ends the worker when done', async () => {
    const worker = fakeWorker();
    const answers = callbacks();
    const check = startDocumentCheck(segments, answers, () => worker);
    expect(check.isInWorker).toBe(true);
    expect(await answers.done).toEqual(runQaChecks(segments));
    expect(answers.onProgress).toHaveBeenLastCalledWith(2, 2);
    expect(worker.isTerminated()).toBe(true);
  });

  it('checks on the page where no worker can be made', async () => {
    const answers = callbacks();
    const check = startDocumentCheck(segments, answers, () => undefined);
    expect(check.isInWorker).toBe(false);
    expect(await answers.done).toEqual(runQaChecks(segments));
  });

  it('stops the worker when cancelled and calls nothing after', async () => {
    const worker = fakeWorker();
    const answers = { onProgress: vi.fn(), onDone: vi.fn(), onFailed: vi.fn() };
    const check = startDocumentCheck(segments, answers, () => worker);
    check.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.isTerminated()).toBe(true);
    expect(answers.onDone).not.toHaveBeenCalled();
    expect(answers.onProgress).not.toHaveBeenCalled();
  });
});
