import { describe, expect, it } from 'vitest';
import { parseCedict } from '../../dictionary/parseCedict';
import type { AlignmentWorkerMessage } from './alignmentProtocol';
import { createAlignmentMessageHandler } from './createAlignmentMessageHandler';

const longInput = {
  source: [Array.from({ length: 600 }, (_, index) => `我们的朋友在第${index}天来到北京。`)],
  target: [
    Array.from({ length: 600 }, (_, index) => `Our friend came to Beijing on day ${index}.`),
  ],
};
const dictionary = parseCedict(
  '朋友 朋友 [peng2 you5] /friend/\n北京 北京 [Bei3 jing1] /Beijing/\n',
);

function setUp(options: { yieldToEventLoop?: () => Promise<void> } = {}) {
  const messages: AlignmentWorkerMessage[] = [];
  let dictionaryLoads = 0;
  const handle = createAlignmentMessageHandler({
    post: (message) => messages.push(message),
    loadDictionary: async () => {
      dictionaryLoads += 1;
      return dictionary;
    },
    sliceMilliseconds: 0,
    ...options,
  });
  return { handle, messages, dictionaryLoads: () => dictionaryLoads };
}

describe('createAlignmentMessageHandler', () => {
  it('reports rising progress, then one result', async () => {
    const { handle, messages, dictionaryLoads } = setUp();
    await handle({ type: 'align', jobId: 'a', input: longInput, useDictionary: true });
    const progress = messages
      .filter((message) => message.type === 'progress')
      .map((message) => message.fraction);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const last = messages.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type === 'result') {
      expect(last.result.beads).toHaveLength(600);
      expect(last.result.assessment).toMatchObject({ looksLikeTranslation: true, warnings: [] });
    }
    expect(dictionaryLoads()).toBe(1);
  });

  it('does not load the dictionary when not asked to', async () => {
    const { handle, dictionaryLoads } = setUp();
    await handle({
      type: 'align',
      jobId: 'b',
      input: { source: [['一。']], target: [['One.']] },
      useDictionary: false,
    });
    expect(dictionaryLoads()).toBe(0);
  });

  it('stops a job cancelled while it runs and answers cancelled', async () => {
    const relay: { cancel?: () => Promise<void> } = {};
    let yields = 0;
    const { handle, messages } = setUp({
      yieldToEventLoop: async () => {
        yields += 1;
        if (yields === 1) await relay.cancel?.();
      },
    });
    relay.cancel = () => handle({ type: 'cancel', jobId: 'c' });
    await handle({ type: 'align', jobId: 'c', input: longInput, useDictionary: false });
    expect(messages.at(-1)).toEqual({ type: 'cancelled', jobId: 'c' });
    expect(messages.some((message) => message.type === 'result')).toBe(false);
  });

  it('ignores a cancel for a job that is not running', async () => {
    const { handle, messages } = setUp();
    await handle({ type: 'cancel', jobId: 'nothing' });
    expect(messages).toEqual([]);
  });

  it.each([
    ['not an object', 'hello', ''],
    ['no job id', { type: 'align' }, ''],
    ['an unknown type', { type: 'dance', jobId: 'd' }, 'd'],
    ['no input', { type: 'align', jobId: 'e' }, 'e'],
    [
      'sentences that are not strings',
      { type: 'align', jobId: 'f', input: { source: [[1]], target: [] } },
      'f',
    ],
    [
      'a bad glossary',
      { type: 'align', jobId: 'g', input: { source: [], target: [] }, glossary: [{ zh: 'x' }] },
      'g',
    ],
  ])('answers an error for %s', async (_name, message, jobId) => {
    const { handle, messages } = setUp();
    await handle(message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', jobId });
  });

  it('answers an error when the dictionary cannot load', async () => {
    const messages: AlignmentWorkerMessage[] = [];
    const handle = createAlignmentMessageHandler({
      post: (message) => messages.push(message),
      loadDictionary: () => Promise.reject(new Error('offline')),
    });
    await handle({ type: 'align', jobId: 'h', input: longInput, useDictionary: true });
    expect(messages).toEqual([{ type: 'error', jobId: 'h', message: 'offline' }]);
  });
});
