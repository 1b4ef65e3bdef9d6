import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { HighlightTerm } from './highlightTerm';
import { TermHighlight } from './TermHighlight';

/** The read-only source view's schema: plain paragraphs with glossary highlights. */
export function createSourceExtensions(terms: readonly HighlightTerm[]): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      bold: false,
      bulletList: false,
      code: false,
      codeBlock: false,
      dropcursor: false,
      gapcursor: false,
      hardBreak: false,
      heading: false,
      undoRedo: false,
      horizontalRule: false,
      italic: false,
      link: false,
      listItem: false,
      listKeymap: false,
      orderedList: false,
      strike: false,
      underline: false,
      trailingNode: false,
    }),
    TermHighlight.configure({ terms }),
  ];
}
