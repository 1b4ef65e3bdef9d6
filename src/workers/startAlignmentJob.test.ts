import { describe, expect, it } from 'vitest';
import { createAlignmentMessageHandler } from '../domain/alignment/protocol/createAlignmentMessageHandler';
import { parseCedict } from '../domain/dictionary/parseCedict';
import {
  AlignmentCancelledError,
  startAlignmentJob,
  type AlignmentWorkerPort,
} from './startAlignmentJob';

/** A worker stand-in that runs the real message handler in this thread, delivering messages asynchronously. */
function fakeWorker(): AlignmentWorkerPort {
  const listeners = new Set<(event: MessageEvent) => void>();
  const handle = createAlignmentMessageHandler({
    post: (data) =>
      queueMicrotask(() =>
        listeners.forEach((listener) => listener(new MessageEvent('message', { data }))),
      ),
    loadDictionary: async () => parseCedict('朋友 朋友 [peng2 you5] /friend/\n'),
    sliceMilliseconds: 0,
  });
  return {
    postMessage: (message) => void Promise.resolve().then(() => handle(message)),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

const input = {
  source: [Array.from({ length: 500 }, (_, index) => `朋友第${index}次来。`)],
  target: [Array.from({ length: 500 }, (_, index) => `The friend came for time ${index}.`)],
};

describe('startAlignmentJob', () => {
  it('resolves with the alignment and reports progress on the way', async () => {
    const progress: number[] = [];
    const job = startAlignmentJob(fakeWorker(), { input, useDictionary: true }, (fraction) =>
      progress.push(fraction),
    );
    const result = await job.result;
    expect(result.beads).toHaveLength(500);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('rejects with AlignmentCancelledError when cancelled', async () => {
    const job = startAlignmentJob(fakeWorker(), { input, useDictionary: false });
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(AlignmentCancelledError);
  });

  it('rejects with the worker message when the request is refused', async () => {
    const job = startAlignmentJob(fakeWorker(), {
      input: { source: [[]], target: 'nonsense' as unknown as string[][] },
      useDictionary: false,
    });
    await expect(job.result).rejects.toThrow(/paragraphs of sentences/);
  });
});
