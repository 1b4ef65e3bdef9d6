import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { PlainTextPaste } from './PlainTextPaste';

/** The target editor's schema: paragraphs, text, hard breaks, bold, italic, undo; pastes as plain text. */
export function createTargetExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      bulletList: false,
      code: false,
      codeBlock: false,
      dropcursor: false,
      gapcursor: false,
      heading: false,
      horizontalRule: false,
      link: false,
      listItem: false,
      listKeymap: false,
      orderedList: false,
      strike: false,
      underline: false,
      trailingNode: false,
    }),
    PlainTextPaste,
  ];
}
