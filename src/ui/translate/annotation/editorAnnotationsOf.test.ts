import { describe, expect, it } from 'vitest';
import { fixtureAnnotation } from '../../../domain/annotation/testing/annotationFixture';
import { mqmTypology } from '../../../domain/annotation/mqmTypology';
import { editorAnnotationsOf } from './editorAnnotationsOf';

describe('editorAnnotationsOf', () => {
  const slows = fixtureAnnotation('a1', 0, 'target', 'slows');
  const term = fixtureAnnotation('a2', 0, 'target', 'transformation', {
    category: 'term',
    severity: undefined,
    linkedId: 'a3' as never,
  });

  it('places each annotation of the side in its current text, errors told from labels', () => {
    expect(
      editorAnnotationsOf([slows, term], 'target', 'Shanxi slows its transformation.', mqmTypology),
    ).toEqual([
      { id: 'a1', category: 'mistranslation', start: 7, end: 12, isError: true },
      { id: 'a2', category: 'term', start: 17, end: 31, isError: false, linkedId: 'a3' },
    ]);
  });

  it('follows a text another tab changed, and leaves out what it cannot place', () => {
    const changed = 'Now Shanxi slows down.';
    expect(editorAnnotationsOf([slows, term], 'target', changed, mqmTypology)).toEqual([
      { id: 'a1', category: 'mistranslation', start: 11, end: 16, isError: true },
    ]);
    expect(editorAnnotationsOf([slows, term], 'source', changed, mqmTypology)).toEqual([]);
  });
});
