import type { StarterKitOptions } from '@tiptap/starter-kit';

/** StarterKit without blocks, lists, links, code and strike: segments are sentences, not documents. */
export const MINIMAL_STARTER_KIT_OPTIONS = {
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
} satisfies Partial<StarterKitOptions>;
