import { describe, expect, it } from 'vitest';
import { checkInconsistentSources } from './checkInconsistentSources';
import { createQaDocument } from './createQaDocument';

const document = createQaDocument([
  { key: 'a', source: '狠抓改革任务落地落实。', target: 'Reform tasks must be delivered.' },
  { key: 'b', source: '深化重点领域改革。', target: 'Reform tasks must be delivered.' },
  { key: 'c', source: '狠抓改革任务落地落实!', target: 'Reform tasks must be delivered.' },
  { key: 'd', source: '二是', target: 'Second,' },
  { key: 'e', source: '其次', target: 'Second,' },
]);

describe('checkInconsistentSources', () => {
  it.each([
    [0, '深化重点领域改革。'],
    [1, '狠抓改革任务落地落实。'],
    [2, '深化重点领域改革。'],
    [3, undefined],
    [4, undefined],
  ])('segment %i: the other source %j', (index, other) => {
    expect(checkInconsistentSources(document, index)[0]?.values['other']).toBe(other);
  });
});
