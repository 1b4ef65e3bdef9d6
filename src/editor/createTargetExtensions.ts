import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { MINIMAL_STARTER_KIT_OPTIONS } from './minimalStarterKitOptions';
import { PlainTextPaste } from './PlainTextPaste';
import { SingleParagraphDocument } from './SingleParagraphDocument';
import { SpaceAfterInsertion } from './SpaceAfterInsertion';
import { TargetKeymap } from './TargetKeymap';

/**
 * The target editor's schema: one paragraph of plain text with hard breaks (Shift+Enter) and
 * undo; no bold or italic, since not every export (Moses, TSV) can carry them. Pastes as plain text.
 */
export function createTargetExtensions(): Extensions {
  return [
    StarterKit.configure({
      ...MINIMAL_STARTER_KIT_OPTIONS,
      document: false,
      bold: false,
      italic: false,
    }),
    SingleParagraphDocument,
    TargetKeymap,
    PlainTextPaste,
    SpaceAfterInsertion,
  ];
}
