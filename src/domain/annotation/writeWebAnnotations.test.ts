import { describe, expect, it } from 'vitest';
import { fixtureAnnotation, fixtureDocument, fixtureSegments } from './testing/annotationFixture';
import { writeWebAnnotations } from './writeWebAnnotations';

/** The W3C Web Annotation Data Model's requirements on what we write (sections 3.1–4.2). */
function checkWebAnnotationShape(value: unknown): void {
  const collection = value as Record<string, unknown>;
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection['type']).toBe('AnnotationCollection');
  const page = collection['first'] as Record<string, unknown>;
  expect(page['type']).toBe('AnnotationPage');
  const items = page['items'] as Record<string, unknown>[];
  expect(collection['total']).toBe(items.length);
  for (const item of items) {
    expect(item['type']).toBe('Annotation');
    expect(item['id']).toMatch(/^urn:uuid:/);
    expect(['assessing', 'tagging', 'commenting']).toContain(item['motivation']);
    expect(new Date(item['created'] as string).toISOString()).toBe(item['created']);
    for (const body of item['body'] as Record<string, unknown>[]) {
      expect(['TextualBody', 'SpecificResource']).toContain(body['type']);
      if (body['type'] === 'TextualBody') expect(typeof body['value']).toBe('string');
    }
    const target = item['target'] as Record<string, unknown>;
    expect(typeof target['source']).toBe('string');
    for (const selector of target['selector'] as Record<string, unknown>[]) {
      if (selector['type'] === 'TextPositionSelector') {
        expect(Number.isInteger(selector['start'])).toBe(true);
        expect(selector['end'] as number).toBeGreaterThanOrEqual(selector['start'] as number);
      } else {
        expect(selector['type']).toBe('TextQuoteSelector');
        expect(typeof selector['exact']).toBe('string');
      }
    }
  }
}

describe('writeWebAnnotations', () => {
  const annotations = [
    fixtureAnnotation('a2', 1, 'target', 'capital', {
      category: 'term',
      severity: undefined,
      linkedId: 'a3' as never,
    }),
    fixtureAnnotation('a1', 0, 'target', 'slows', { comment: 'speeds up' }),
    fixtureAnnotation('a3', 1, 'source', '省会', {
      category: 'term',
      severity: undefined,
      linkedId: 'a2' as never,
    }),
    fixtureAnnotation('a4', 0, 'target', 'gone', { detachedAt: 5, start: 0, end: 4 }),
  ];
  const written = JSON.parse(writeWebAnnotations(fixtureDocument(annotations))) as Record<
    string,
    never
  >;

  it('writes the Web Annotation JSON shape', () => {
    checkWebAnnotationShape(written);
  });

  it('selects each span by position and by quote, in document order', () => {
    const items = (written['first'] as unknown as { items: Record<string, never>[] }).items;
    expect(items.map((item) => item['id'])).toEqual([
      'urn:uuid:a1',
      'urn:uuid:a4',
      'urn:uuid:a3',
      'urn:uuid:a2',
    ]);
    expect(items[0]).toMatchObject({
      motivation: 'assessing',
      creator: { type: 'Person', name: 'Lin' },
      body: [
        { purpose: 'classifying', value: 'Accuracy/Mistranslation' },
        { purpose: 'assessing', value: 'major' },
        { purpose: 'commenting', value: 'speeds up' },
      ],
      target: {
        source: 'urn:bitext-workbench:p1:d1:s1:target',
        selector: [
          { type: 'TextPositionSelector', start: 7, end: 12 },
          {
            type: 'TextQuoteSelector',
            exact: 'slows',
            prefix: 'Shanxi ',
            suffix: ' its transformation.',
          },
        ],
      },
    });
    const target = fixtureSegments[0]?.targetText ?? '';
    expect(target.slice(7, 12)).toBe('slows');
    expect(items[2]).toMatchObject({
      motivation: 'tagging',
      target: {
        source: 'urn:bitext-workbench:p1:d1:s2:source',
        selector: [{ start: 3, end: 5 }, { exact: '省会' }],
      },
      body: [{ value: 'Term' }, { purpose: 'linking', source: 'urn:uuid:a2' }],
    });
  });

  it('keeps a detached annotation by its quote alone', () => {
    const items = (written['first'] as unknown as { items: Record<string, never>[] }).items;
    expect(items[1]).toMatchObject({
      target: { selector: [{ type: 'TextQuoteSelector', exact: 'gone' }] },
    });
  });
});
