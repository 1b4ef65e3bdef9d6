import type { JSONContent } from '@tiptap/core';
import type { RichTextDoc, RichTextNode } from '../domain/richText';
import { normalizeRichText } from './normalizeRichText';

/** Editor content for a stored target: always JSON, never an HTML string, so markup stays text. */
export function editorJsonFromRichText(doc: RichTextDoc): JSONContent {
  return toJson(normalizeRichText(doc));
}

function toJson(node: RichTextDoc | RichTextNode): JSONContent {
  const json: JSONContent = { type: node.type };
  if ('text' in node && node.text !== undefined) json.text = node.text;
  if ('marks' in node && node.marks !== undefined)
    json.marks = node.marks.map((mark) => ({ type: mark.type }));
  if (node.content !== undefined) json.content = node.content.map(toJson);
  return json;
}
