import { Node } from '@tiptap/core';

/** A document of exactly one paragraph: a segment's target is one sentence, never several blocks. */
export const SingleParagraphDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'paragraph',
});
