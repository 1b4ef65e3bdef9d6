import { describe, expect, it } from 'vitest';
import { plainTextFromRichText, type RichTextDoc, type RichTextNode } from '../domain/richText';
import { normalizeRichText } from './normalizeRichText';

const text = (value: string, ...marks: string[]): RichTextNode =>
  marks.length > 0
    ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: value };
const paragraph = (...content: RichTextNode[]): RichTextNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const hardBreak: RichTextNode = { type: 'hardBreak' };
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

describe('normalizeRichText', () => {
  it.each([
    ['keeps a plain paragraph', doc(paragraph(text('Hello'))), doc(paragraph(text('Hello')))],
    [
      'drops bold and italic, keeping their text',
      doc(paragraph(text('a ', 'bold'), text('b', 'bold', 'italic'), text(' c'))),
      doc(paragraph(text('a b c'))),
    ],
    ['drops other marks', doc(paragraph(text('a', 'link'))), doc(paragraph(text('a')))],
    [
      'keeps hard breaks',
      doc(paragraph(text('a'), hardBreak, text('b'))),
      doc(paragraph(text('a'), hardBreak, text('b'))),
    ],
    [
      'joins paragraphs into one with hard breaks',
      doc(paragraph(text('a')), paragraph(), paragraph(text('b', 'italic'))),
      doc(paragraph(text('a'), hardBreak, hardBreak, text('b'))),
    ],
    ['gives an empty document one paragraph', doc(), doc(paragraph())],
    ['drops empty text nodes', doc(paragraph(text(''))), doc(paragraph())],
    [
      'turns a heading into a paragraph',
      doc({ type: 'heading', attrs: { level: 1 }, content: [text('Title')] }),
      doc(paragraph(text('Title'))),
    ],
    [
      'flattens a list into lines of one paragraph',
      doc({
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('one'))] },
          { type: 'listItem', content: [paragraph(text('two'))] },
        ],
      }),
      doc(paragraph(text('one'), hardBreak, text('two'))),
    ],
    [
      'keeps the text of an unknown inline node',
      doc(paragraph({ type: 'mention', content: [text('@x')] })),
      doc(paragraph(text('@x'))),
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeRichText(input)).toEqual(expected);
  });

  it.each([
    doc(paragraph(text('Shanxi', 'bold'), text(' presses on.', 'italic'))),
    doc(paragraph(text('line one')), paragraph(text('line two')), paragraph()),
    doc(paragraph(text('a', 'bold'), hardBreak, text('b')), paragraph(text('c'))),
  ])('keeps the plain text of %j', (input) => {
    expect(plainTextFromRichText(normalizeRichText(input))).toBe(plainTextFromRichText(input));
  });

  it('does not mutate its input', () => {
    const input = doc(paragraph(text('a', 'link')), paragraph(text('b')));
    const copy = structuredClone(input);
    normalizeRichText(input);
    expect(input).toEqual(copy);
  });
});
