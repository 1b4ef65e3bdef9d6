import { describe, expect, it } from 'vitest';
import { checkInconsistentTranslations } from './checkInconsistentTranslations';
import { createQaDocument } from './createQaDocument';

const document = createQaDocument([
  { key: 'a', source: '狠抓改革任务落地落实。', target: 'Reform tasks must be delivered.' },
  { key: 'b', source: '狠抓改革任务落地落实。', target: 'Reform tasks must be put into practice.' },
  { key: 'c', source: '狠抓改革任务落地落实。 ', target: 'reform tasks must be delivered. ' },
  { key: 'd', source: '狠抓改革任务落地落实。', target: '' },
  { key: 'e', source: '深化改革。', target: 'Deepen reform.' },
]);

describe('checkInconsistentTranslations', () => {
  it.each([
    [0, 'Reform tasks must be put into practice.'],
    [1, 'Reform tasks must be delivered.'],
    [2, 'Reform tasks must be put into practice.'],
    [3, undefined],
    [4, undefined],
  ])('segment %i: the other translation %j', (index, other) => {
    expect(checkInconsistentTranslations(document, index)[0]?.values['other']).toBe(other);
  });
});

describe('checkInconsistentTranslations with a document read earlier', () => {
  it('does not take the segment for another when its own translation changed since', () => {
    const earlier = createQaDocument([
      { key: 'a', source: '深化改革。', target: 'Deepen reform.' },
      { key: 'b', source: '深化改革。', target: 'Deepen reform.' },
    ]);
    const now = [
      { key: 'a', source: '深化改革。', target: 'Deepen the reform.' },
      { key: 'b', source: '深化改革。', target: 'Deepen reform.' },
    ];
    expect(checkInconsistentTranslations({ ...earlier, segments: now }, 0)[0]?.values).toEqual({
      other: 'Deepen reform.',
      count: '1',
    });
    const alone = createQaDocument([{ key: 'a', source: '深化改革。', target: 'Deepen reform.' }]);
    const typed = [{ key: 'a', source: '深化改革。', target: 'Reform deeply.' }];
    expect(checkInconsistentTranslations({ ...alone, segments: typed }, 0)).toEqual([]);
  });
});
