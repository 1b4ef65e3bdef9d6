import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationCategory, AnnotationTypology } from './annotationTypology';
import { mqmTypology } from './mqmTypology';
import { parseAnnotationTypology } from './parseAnnotationTypology';
import { writeAnnotationTypology } from './writeAnnotationTypology';

describe('parseAnnotationTypology', () => {
  it('reads back the shipped typology it wrote', () => {
    expect(parseAnnotationTypology(writeAnnotationTypology(mqmTypology))).toEqual(mqmTypology);
  });

  it('fills the MQM name and the sides when a file leaves them out', () => {
    const text = '\uFEFF{"name":"Mine","categories":[{"id":"tone","kind":"error","label":"Tone"}]}';
    expect(parseAnnotationTypology(text)).toEqual({
      name: 'Mine',
      categories: [
        {
          id: 'tone',
          kind: 'error',
          mqmName: 'Tone',
          label: { en: 'Tone' },
          sides: ['source', 'target'],
        },
      ],
    });
  });

  it.each([
    ['not JSON', '{"name": ', 'badJson', ''],
    ['an array', '[]', 'notATypology', ''],
    ['no categories', '{"categories": []}', 'noCategories', ''],
    ['a category without an id', '{"categories":[{"kind":"error"}]}', 'badCategory', '1: id'],
    ['an unknown kind', '{"categories":[{"id":"a","kind":"bad"}]}', 'badCategory', '1: kind'],
    [
      'a bad side',
      '{"categories":[{"id":"a","kind":"error","sides":["left"]}]}',
      'badCategory',
      '1: sides',
    ],
    [
      'a duplicate id',
      '{"categories":[{"id":"a","kind":"error"},{"id":"a","kind":"neutral"}]}',
      'duplicateId',
      'a',
    ],
    [
      'an unknown parent',
      '{"categories":[{"id":"a","kind":"error","parent":"b"}]}',
      'unknownParent',
      'a',
    ],
  ])('refuses %s', (_label, text, code, subject) => {
    expect(() => parseAnnotationTypology(text)).toThrow(expect.objectContaining({ code, subject }));
  });

  it('round-trips any typology it accepts', () => {
    const category = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
      kind: fc.constantFrom('error' as const, 'neutral' as const),
      mqmName: fc.string({ minLength: 1 }).filter((text) => !/[\t\r\n]/.test(text)),
      sides: fc.constantFrom(
        ['source' as const],
        ['target' as const],
        ['source' as const, 'target' as const],
      ),
      label: fc.record({ en: fc.string({ minLength: 1 }).map((text) => `L${text.trim()}`) }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(category, { minLength: 1, maxLength: 8, selector: (entry) => entry.id }),
        (categories: AnnotationCategory[]) => {
          const typology: AnnotationTypology = { name: 'T', categories };
          expect(parseAnnotationTypology(writeAnnotationTypology(typology))).toEqual(typology);
        },
      ),
    );
  });
});
