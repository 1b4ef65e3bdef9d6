import type { RichTextDoc, RichTextNode } from '../domain/richText';

const HARD_BREAK: RichTextNode = { type: 'hardBreak' };

/**
 * The same document reduced to what the target editor holds: one paragraph of unmarked text and
 * hard breaks, since a segment is one sentence and not every export can carry bold or italic.
 * Paragraphs and other blocks become lines joined by hard breaks (so the plain text stays the
 * same), other inline nodes become their text, marks are dropped and adjacent text is merged.
 * Never mutates its input.
 */
export function normalizeRichText(doc: RichTextDoc): RichTextDoc {
  const lines = doc.content.flatMap(linesOfBlock);
  const inline = mergeText(
    lines.flatMap((line, index) => (index === 0 ? line : [HARD_BREAK, ...line])),
  );
  return {
    type: 'doc',
    content: [inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }],
  };
}

function linesOfBlock(node: RichTextNode): RichTextNode[][] {
  const children = node.content ?? [];
  const isTextBlock = node.type === 'paragraph' || children.every((child) => isInline(child));
  if (!isTextBlock) return children.flatMap(linesOfBlock);
  return [children.flatMap(inlineNodes)];
}

function isInline(node: RichTextNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

function inlineNodes(node: RichTextNode): RichTextNode[] {
  if (node.type === 'hardBreak') return [HARD_BREAK];
  if (node.type === 'text') {
    const text = node.text ?? '';
    return text === '' ? [] : [{ type: 'text', text }];
  }
  return (node.content ?? []).flatMap(inlineNodes);
}

function mergeText(nodes: readonly RichTextNode[]): RichTextNode[] {
  const merged: RichTextNode[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = {
        type: 'text',
        text: `${previous.text ?? ''}${node.text ?? ''}`,
      };
    } else {
      merged.push(node.type === 'hardBreak' ? { type: 'hardBreak' } : node);
    }
  }
  return merged;
}
