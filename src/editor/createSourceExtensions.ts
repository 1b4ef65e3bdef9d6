import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { BidiControlIsolation } from './BidiControlIsolation';
import type { HighlightTerm } from './highlightTerm';
import { MINIMAL_STARTER_KIT_OPTIONS } from './minimalStarterKitOptions';
import { TermHighlight } from './TermHighlight';

/** The read-only source view's schema: plain paragraphs with glossary highlights, bidi controls isolated. */
export function createSourceExtensions(terms: readonly HighlightTerm[]): Extensions {
  return [
    StarterKit.configure({
      ...MINIMAL_STARTER_KIT_OPTIONS,
      bold: false,
      italic: false,
      hardBreak: false,
      undoRedo: false,
    }),
    TermHighlight.configure({ terms }),
    BidiControlIsolation,
  ];
}
