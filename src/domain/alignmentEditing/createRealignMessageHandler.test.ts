import { describe, expect, it } from 'vitest';
import { applyBeadListChange } from './applyBeadListChange';
import { beadListFixture } from './beadListFixture';
import { createRealignMessageHandler } from './createRealignMessageHandler';
import type { RealignWorkerMessage } from './realignProtocol';

function handlerPosts() {
  const posted: RealignWorkerMessage[] = [];
  let dictionaryLoads = 0;
  const handle = createRealignMessageHandler({
    post: (message) => posted.push(message),
    loadDictionary: () => {
      dictionaryLoads += 1;
      return Promise.reject(new Error('not in this test'));
    },
  });
  return { posted, handle, loads: () => dictionaryLoads };
}

describe('createRealignMessageHandler', () => {
  it('realigns the unconfirmed beads and leaves the confirmed one as it was', async () => {
    const { posted, handle, loads } = handlerPosts();
    const list = beadListFixture('1-1! 2-1 1-2 1-1!');
    await handle({ type: 'realign', jobId: 'j', list, useDictionary: false });
    expect(loads()).toBe(0);
    const [message] = posted;
    expect(message?.type).toBe('realigned');
    if (message?.type !== 'realigned' || message.change === null) throw new Error('no change');
    const realigned = applyBeadListChange(list, message.change);
    expect(realigned.beads[0]).toEqual(list.beads[0]);
    expect(realigned.beads.at(-1)).toEqual(list.beads.at(-1));
    expect(realigned.source).toEqual(list.source);
  });

  it('answers a damaged list or a failing dictionary with an error for that job', async () => {
    const { posted, handle } = handlerPosts();
    await handle({
      type: 'realign',
      jobId: 'bad',
      list: { source: [], target: [], beads: [{ sourceCount: 1 }] } as never,
      useDictionary: false,
    });
    await handle({
      type: 'realign',
      jobId: 'dictionary',
      list: beadListFixture('1-1'),
      useDictionary: true,
    });
    expect(posted.map((message) => [message.type, message.jobId])).toEqual([
      ['error', 'bad'],
      ['error', 'dictionary'],
    ]);
  });
});
