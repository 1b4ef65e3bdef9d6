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
      'marks and a hard break',
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
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

  it('keeps any plain text lossless', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const single = text.replace(/\n/g, ' ');
        const node = schema.nodeFromJSON(editorJsonFromRichText(richTextFromPlainText(single)));
        expect(plainTextFromRichText(richTextFromEditorJson(node.toJSON()))).toBe(single);
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
