import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '../domain/richText';
import { normalizeRichText } from './normalizeRichText';

const text = (value: string, ...marks: string[]): RichTextNode =>
  marks.length > 0
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };
const paragraph = (...content: RichTextNode[]): RichTextNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

describe('normalizeRichText', () => {
  it.each([
    ['keeps a plain paragraph', doc(paragraph(text('Hello'))), doc(paragraph(text('Hello')))],
    [
      'keeps bold and italic',
      doc(paragraph(text('a', 'bold', 'italic'))),
      doc(paragraph(text('a', 'bold', 'italic'))),
    ],
    [
      'drops unsupported marks',
      doc(paragraph(text('a', 'link', 'bold'))),
      doc(paragraph(text('a', 'bold'))),
    ],
    [
      'keeps hard breaks',
      doc(paragraph(text('a'), { type: 'hardBreak' }, text('b'))),
      doc(paragraph(text('a'), { type: 'hardBreak' }, text('b'))),
    ],
    ['gives an empty document one paragraph', doc(), doc(paragraph())],
    ['drops empty text nodes', doc(paragraph(text(''))), doc(paragraph())],
    [
      'turns a heading into a paragraph',
      doc({ type: 'heading', attrs: { level: 1 }, content: [text('Title')] }),
      doc(paragraph(text('Title'))),
    ],
    [
      'flattens a list into paragraphs',
      doc({
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('one'))] },
          { type: 'listItem', content: [paragraph(text('two'))] },
        ],
      }),
      doc(paragraph(text('one')), paragraph(text('two'))),
    ],
    [
      'keeps the text of an unknown inline node',
      doc(paragraph({ type: 'mention', content: [text('@x')] })),
      doc(paragraph(text('@x'))),
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeRichText(input)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const input = doc(paragraph(text('a', 'link')));
    const copy = structuredClone(input);
    normalizeRichText(input);
    expect(input).toEqual(copy);
  });
});
