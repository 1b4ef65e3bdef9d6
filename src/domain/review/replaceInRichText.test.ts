import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainTextFromRichText, type RichTextDoc, type RichTextNode } from '../richText';
import { replaceInRichText } from './replaceInRichText';

const bold = [{ type: 'bold' }];
const paragraph = (...content: RichTextNode[]): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});
const text = (value: string, marks?: typeof bold): RichTextNode =>
  marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks };

describe('replaceInRichText', () => {
  it.each([
    [
      'a word inside one text node',
      paragraph(text('the road map')),
      [{ start: 4, end: 8, text: 'route' }],
      paragraph(text('the route map')),
    ],
    [
      'a bold word keeps its mark',
      paragraph(text('the '), text('road', bold), text(' map')),
      [{ start: 4, end: 8, text: 'route' }],
      paragraph(text('the '), text('route', bold), text(' map')),
    ],
    [
      'across two nodes: the marks of the first character',
      paragraph(text('the ro'), text('ad map', bold)),
      [{ start: 4, end: 8, text: 'route' }],
      paragraph(text('the route'), text(' map', bold)),
    ],
    [
      'two ranges, the second at the end',
      paragraph(text('map and map')),
      [
        { start: 0, end: 3, text: 'plan' },
        { start: 8, end: 11, text: 'plan' },
      ],
      paragraph(text('plan and plan')),
    ],
    [
      'a hard break kept, ranges on both sides',
      paragraph(text('map'), { type: 'hardBreak' }, text('map', bold)),
      [
        { start: 0, end: 3, text: 'A' },
        { start: 4, end: 7, text: 'B' },
      ],
      paragraph(text('A'), { type: 'hardBreak' }, text('B', bold)),
    ],
    [
      'a range over a hard break is left alone',
      paragraph(text('map'), { type: 'hardBreak' }, text('map')),
      [{ start: 2, end: 5, text: 'X' }],
      paragraph(text('map'), { type: 'hardBreak' }, text('map')),
    ],
    [
      'replaced by nothing',
      paragraph(text('the the map')),
      [{ start: 0, end: 4, text: '' }],
      paragraph(text('the map')),
    ],
  ])('%s', (_name, doc, replacements, expected) => {
    expect(replaceInRichText(doc, replacements)).toEqual(expected);
  });

  it('gives the plain text that replacing in the plain text gives, and leaves its input alone', () => {
    const node = fc
      .tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([value, isBold]) => text(value.replace(/\n/g, ' '), isBold ? bold : undefined));
    fc.assert(
      fc.property(
        fc.array(node, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        (nodes, a, b) => {
          const doc = paragraph(...nodes);
          const plain = plainTextFromRichText(doc);
          const start = a % (plain.length + 1);
          const end = start + (b % (plain.length - start + 1));
          const copy = structuredClone(doc);
          const replaced = replaceInRichText(doc, [{ start, end, text: 'XY' }]);
          expect(doc).toEqual(copy);
          const expected = end > start ? `${plain.slice(0, start)}XY${plain.slice(end)}` : plain;
          expect(plainTextFromRichText(replaced)).toBe(expected);
        },
      ),
    );
  });
});
