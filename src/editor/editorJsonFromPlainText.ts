import type { JSONContent } from '@tiptap/core';

/** A one-paragraph editor document holding the text as text (markup such as `<script>` included). */
export function editorJsonFromPlainText(text: string): JSONContent {
  return {
    type: 'doc',
    content: [
      text === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text }] },
    ],
  };
}
