import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { MINIMAL_STARTER_KIT_OPTIONS } from './minimalStarterKitOptions';
import { PlainTextPaste } from './PlainTextPaste';

/** The target editor's schema: paragraphs, text, hard breaks, bold, italic, undo; pastes as plain text. */
export function createTargetExtensions(): Extensions {
  return [StarterKit.configure(MINIMAL_STARTER_KIT_OPTIONS), PlainTextPaste];
}
