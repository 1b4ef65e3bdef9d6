/**
 * Rich text as stored: the plain, checked JSON shape of a ProseMirror/TipTap document.
 * The domain never imports TipTap; src/editor converts between this and the editor.
 */
export interface RichTextMark {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

export interface RichTextNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly RichTextNode[];
  readonly marks?: readonly RichTextMark[];
  readonly text?: string;
}

export interface RichTextDoc {
  readonly type: 'doc';
  readonly content: readonly RichTextNode[];
}

/** A document of one paragraph per line of the given plain text. */
export function richTextFromPlainText(text: string): RichTextDoc {
  const lines = text.split('\n');
  return {
    type: 'doc',
    content: lines.map((line) =>
      line === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: line }] },
    ),
  };
}

/** The plain text of a document: paragraphs joined by newlines, hard breaks as newlines. */
export function plainTextFromRichText(doc: RichTextDoc): string {
  return doc.content.map(plainTextOfNode).join('\n');
}

function plainTextOfNode(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainTextOfNode).join('');
}

/** Checks that an unknown value has the shape of a RichTextDoc; throws a clear error otherwise. */
export function parseRichText(value: unknown): RichTextDoc {
  if (!isRecord(value) || value['type'] !== 'doc' || !Array.isArray(value['content'])) {
    throw new TypeError('Rich text must be an object {type: "doc", content: [...]}.');
  }
  for (const node of value['content']) checkNode(node, 'content');
  return value as unknown as RichTextDoc;
}

function checkNode(value: unknown, path: string): void {
  if (!isRecord(value) || typeof value['type'] !== 'string') {
    throw new TypeError(`Rich text node at ${path} has no string "type".`);
  }
  if (value['type'] === 'text' && typeof value['text'] !== 'string') {
    throw new TypeError(`Rich text node at ${path} is a text node without text.`);
  }
  const content = value['content'];
  if (content !== undefined) {
    if (!Array.isArray(content))
      throw new TypeError(`Rich text node at ${path} has non-array content.`);
    content.forEach((child, index) => checkNode(child, `${path}.${index}`));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
