import type { JSONContent } from '@tiptap/core';
import { parseRichText, type RichTextDoc } from '../domain/richText';
import { normalizeRichText } from './normalizeRichText';

/** The domain rich text of an editor document (`editor.getJSON()`); throws on a malformed one. */
export function richTextFromEditorJson(json: JSONContent): RichTextDoc {
  return normalizeRichText(parseRichText(json));
}
