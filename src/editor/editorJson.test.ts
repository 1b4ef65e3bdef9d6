import { getSchema } from '@tiptap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextFromRichText, richTextFromPlainText, type RichTextDoc } from '../domain/richText';
import { createTargetExtensions } from './createTargetExtensions';
import { editorJsonFromPlainText } from './editorJsonFromPlainText';
import { editorJsonFromRichText } from './editorJsonFromRichText';
import { richTextFromEditorJson } from './richTextFromEditorJson';

const schema = getSchema(createTargetExtensions());

describe('editor JSON and RichTextDoc', () => {
  it.each<[string, RichTextDoc]>([
    ['a sentence', richTextFromPlainText('The two basic goals were met.')],
    ['markup kept as text', richTextFromPlainText('<script>alert(1)</script> & <b>x</b>')],
    [
      'a hard break',
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'a' },
              { type: 'hardBreak' },
              { type: 'text', text: 'b' },
            ],
          },
        ],
      },
    ],
  ])('round-trips %s through the editor schema', (_name, doc) => {
    const node = schema.nodeFromJSON(editorJsonFromRichText(doc));
    const back = richTextFromEditorJson(node.toJSON());
    expect(back).toEqual(doc);
    expect(plainTextFromRichText(back)).toBe(plainTextFromRichText(doc));
  });

  it('has no bold or italic (only annotation marks, never stored), and exactly one paragraph a document', () => {
    expect(Object.keys(schema.marks)).toEqual(['annotation']);
    const twoParagraphs = schema.nodeFromJSON({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'paragraph' }],
    });
    expect(() => twoParagraphs.check()).toThrow();
  });

  it.each<[string, RichTextDoc, string]>([
    [
      'a bold and italic target, without its marks',
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Shanxi', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' presses on.', marks: [{ type: 'italic' }] },
            ],
          },
        ],
      },
      'Shanxi presses on.',
    ],
    ['a target of two paragraphs, as one', richTextFromPlainText('One.\nTwo.'), 'One.\nTwo.'],
  ])('loads %s and keeps its text', (_name, stored, plainText) => {
    const node = schema.nodeFromJSON(editorJsonFromRichText(stored));
    node.check();
    expect(node.childCount).toBe(1);
    const loaded = richTextFromEditorJson(node.toJSON());
    expect(plainTextFromRichText(loaded)).toBe(plainText);
    expect(JSON.stringify(loaded)).not.toContain('marks');
  });

  it('keeps any plain text lossless', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const node = schema.nodeFromJSON(editorJsonFromRichText(richTextFromPlainText(text)));
        expect(plainTextFromRichText(richTextFromEditorJson(node.toJSON()))).toBe(text);
      }),
    );
  });

  it('refuses malformed editor JSON with a clear error', () => {
    expect(() => richTextFromEditorJson({ type: 'paragraph' })).toThrow(/Rich text must be/);
    expect(() => richTextFromEditorJson({ type: 'doc', content: [{ type: 'text' }] })).toThrow(
      /text node without text/,
    );
  });

  it.each([['两个基本实现'], ['<script>alert(1)</script>'], ['']])(
    'makes source %j one text paragraph',
    (text) => {
      const node = schema.nodeFromJSON(editorJsonFromPlainText(text));
      expect(node.textContent).toBe(text);
      expect(node.childCount).toBe(1);
    },
  );
});
