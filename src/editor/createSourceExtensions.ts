import type { Extensions } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { AnnotationHighlight } from './AnnotationHighlight';
import { BidiControlIsolation } from './BidiControlIsolation';
import type { EditorAnnotation } from './editorAnnotation';
import type { HighlightTerm } from './highlightTerm';
import { TermHighlight } from './TermHighlight';

/** The read-only source view's schema: plain paragraphs with glossary highlights and annotations, bidi controls isolated. */
export function createSourceExtensions(
  terms: readonly HighlightTerm[],
  annotations: readonly EditorAnnotation[] = [],
): Extensions {
  return [
    Document,
    Paragraph,
    Text,
    TermHighlight.configure({ terms }),
    AnnotationHighlight.configure({ annotations }),
    BidiControlIsolation,
  ];
}
