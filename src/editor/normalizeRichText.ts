import type { RichTextDoc, RichTextMark, RichTextNode } from '../domain/richText';

const SUPPORTED_MARKS = new Set(['bold', 'italic']);

/**
 * The same document reduced to what the target editor supports: paragraphs of text with bold,
 * italic and hard breaks. Other blocks become paragraphs, other inline nodes their text; empty
 * text nodes are dropped and an empty document gets one empty paragraph. Never mutates its input.
 */
export function normalizeRichText(doc: RichTextDoc): RichTextDoc {
  const paragraphs = doc.content.flatMap(paragraphsOfBlock);
  return { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] };
}

function paragraphsOfBlock(node: RichTextNode): RichTextNode[] {
  const children = node.content ?? [];
  const isTextBlock = node.type === 'paragraph' || children.every((child) => isInline(child));
  if (!isTextBlock) return children.flatMap(paragraphsOfBlock);
  const inline = children.flatMap(inlineNodes);
  return [inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }];
}

function isInline(node: RichTextNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

function inlineNodes(node: RichTextNode): RichTextNode[] {
  if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
  if (node.type === 'text') {
    const text = node.text ?? '';
    if (text === '') return [];
    const marks = (node.marks ?? []).filter((mark) => SUPPORTED_MARKS.has(mark.type)).map(copyMark);
    return [marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text }];
  }
  return (node.content ?? []).flatMap(inlineNodes);
}

function copyMark(mark: RichTextMark): RichTextMark {
  return { type: mark.type };
}
