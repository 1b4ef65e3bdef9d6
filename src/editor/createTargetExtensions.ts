import type { Extensions } from '@tiptap/core';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';
import {
  AvoidedRenderingHighlight,
  type AvoidedRenderingOptions,
} from './AvoidedRenderingHighlight';
import { AnnotationMark } from './AnnotationMark';
import { PlainTextPaste } from './PlainTextPaste';
import { SingleParagraphDocument } from './SingleParagraphDocument';
import { SpaceAfterInsertion } from './SpaceAfterInsertion';
import { TargetKeymap } from './TargetKeymap';

/**
 * The target editor's schema: one paragraph of plain text with hard breaks (Shift+Enter) and
 * undo; no bold or italic, since not every export (Moses, TSV) can carry them. Pastes as plain text.
 * Annotations are marks while the editor is open, never stored with the target.
 * Only the extensions it uses, not StarterKit: they are part of the first screen's JavaScript.
 * With `findAvoidedRenderings`, deprecated and forbidden renderings in the target are marked.
 */
export function createTargetExtensions(
  findAvoidedRenderings?: AvoidedRenderingOptions['find'],
): Extensions {
  return [
    SingleParagraphDocument,
    Paragraph,
    Text,
    HardBreak,
    UndoRedo,
    TargetKeymap,
    PlainTextPaste,
    SpaceAfterInsertion,
    ...(findAvoidedRenderings === undefined
      ? []
      : [AvoidedRenderingHighlight.configure({ find: findAvoidedRenderings })]),
    AnnotationMark,
  ];
}
