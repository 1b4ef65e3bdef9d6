import type { RichTextDoc, RichTextMark, RichTextNode } from '../richText';

/** A range of a document's plain text (plainTextFromRichText offsets) and what replaces it. */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A new document with the ranges of its plain text replaced, each by text carrying the marks of
 * the range's first character (so a replaced bold word stays bold), the rest of every text node
 * and its marks kept. Ranges are sorted, do not overlap and stay within one paragraph; a range
 * that crosses a line break is left as it is. The given document is not changed.
 */
export function replaceInRichText(
  doc: RichTextDoc,
  replacements: readonly TextReplacement[],
): RichTextDoc {
  let offset = 0;
  const content = doc.content.map((block, blockIndex) => {
    if (blockIndex > 0) offset += 1;
    const start = offset;
    offset += blockLength(block);
    const inBlock = replacements
      .filter((replacement) => replacement.start >= start && replacement.end <= offset)
      .map((replacement) => ({
        ...replacement,
        start: replacement.start - start,
        end: replacement.end - start,
      }));
    return inBlock.length === 0 ? block : replaceInBlock(block, inBlock);
  });
  return { ...doc, content };
}

function blockLength(block: RichTextNode): number {
  return (block.content ?? []).reduce((sum, node) => sum + inlineLength(node), 0);
}

function inlineLength(node: RichTextNode): number {
  if (node.type === 'text') return (node.text ?? '').length;
  if (node.type === 'hardBreak') return 1;
  return (node.content ?? []).reduce((sum, child) => sum + inlineLength(child), 0);
}

function plainTextOfInline(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainTextOfInline).join('');
}

function replaceInBlock(
  block: RichTextNode,
  replacements: readonly TextReplacement[],
): RichTextNode {
  const plain = (block.content ?? []).map(plainTextOfInline).join('');
  const ranges = replacements.filter(
    (range) => range.end > range.start && !plain.slice(range.start, range.end).includes('\n'),
  );
  const pieces: RichTextNode[] = [];
  let next = 0;
  let nodeStart = 0;
  for (const node of block.content ?? []) {
    const nodeEnd = nodeStart + inlineLength(node);
    if (node.type !== 'text') {
      pieces.push(node);
      nodeStart = nodeEnd;
      continue;
    }
    const text = node.text ?? '';
    let cursor = nodeStart;
    while (cursor < nodeEnd) {
      const range = ranges[next];
      if (range === undefined || range.start >= nodeEnd) {
        pieces.push(textNode(text.slice(cursor - nodeStart), node.marks));
        break;
      }
      if (range.start > cursor) {
        pieces.push(textNode(text.slice(cursor - nodeStart, range.start - nodeStart), node.marks));
        cursor = range.start;
        continue;
      }
      if (cursor === range.start) pieces.push(textNode(range.text, node.marks));
      cursor = Math.min(nodeEnd, range.end);
      if (range.end <= nodeEnd) next += 1;
    }
    nodeStart = nodeEnd;
  }
  return { ...block, content: mergeTextNodes(pieces) };
}

function textNode(text: string, marks: readonly RichTextMark[] | undefined): RichTextNode {
  return marks === undefined || marks.length === 0
    ? { type: 'text', text }
    : { type: 'text', text, marks };
}

function mergeTextNodes(nodes: readonly RichTextNode[]): RichTextNode[] {
  const merged: RichTextNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && (node.text ?? '') === '') continue;
    const last = merged.at(-1);
    if (
      last?.type === 'text' &&
      node.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    ) {
      merged[merged.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
    } else merged.push(node);
  }
  return merged;
}
