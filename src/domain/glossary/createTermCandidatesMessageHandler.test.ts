import { describe, expect, it } from 'vitest';
import { parseCedict } from '../dictionary/parseCedict';
import {
  createTermCandidatesMessageHandler,
  type TermCandidatesReply,
} from './createTermCandidatesMessageHandler';

const segments = [
  { source: '数字经济发展很快。', target: 'Digital economy grows fast.' },
  { source: '数字经济很重要。', target: 'Digital economy grows in importance.' },
];
const request = { type: 'findCandidates', segments, entries: [], rejected: [], limit: 10 };

async function reply(
  message: unknown,
  loadDictionary = async () =>
    parseCedict('数字 数字 [shu4 zi4] /digital/\n经济 经济 [jing1 ji4] /economy/\n'),
): Promise<TermCandidatesReply[]> {
  const replies: TermCandidatesReply[] = [];
  await createTermCandidatesMessageHandler({ post: (sent) => replies.push(sent), loadDictionary })(
    message,
  );
  return replies;
}

describe('createTermCandidatesMessageHandler', () => {
  it('suggests the rendering the dictionary backs, not the longest shared phrase', async () => {
    const [answer] = await reply(request);
    if (answer?.type !== 'candidates') throw new Error(`no candidates: ${JSON.stringify(answer)}`);
    expect(answer.candidates.find((candidate) => candidate.term === '数字经济')?.suggestion).toBe(
      'Digital economy',
    );
  });

  it('answers a dictionary that fails to load, and a message that is not a request, with an error', async () => {
    expect(
      await reply(request, () => Promise.reject(new Error('The dictionary chunk is missing.'))),
    ).toEqual([{ type: 'error', message: 'The dictionary chunk is missing.' }]);
    expect(await reply({ type: 'findCandidates', segments: 'no' })).toEqual([
      { type: 'error', message: 'Not a term-candidates request.' },
    ]);
  });
});
