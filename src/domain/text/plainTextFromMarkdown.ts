const FENCE = /^\s*(```|~~~)/;

/**
 * The prose of a Markdown text, one paragraph a line: headings, list markers, block quotes,
 * emphasis, inline code marks, links and images are reduced to their text; fenced code, HTML
 * comments, tables' rule lines and horizontal rules are dropped. Lines of one paragraph (a soft
 * wrap) are joined, with a space unless both sides of the join are Chinese.
 */
export function plainTextFromMarkdown(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length > 0) paragraphs.push(joinWrappedLines(current));
    current = [];
  };
  const withoutComments = markdown.replace(/<!--[\s\S]*?-->/g, '');
  for (const rawLine of withoutComments.split(/\r\n|\r|\n/)) {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    if (
      /^\s*$/.test(rawLine) ||
      /^\s*([-*_]\s*){3,}$/.test(rawLine) ||
      /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(rawLine)
    ) {
      flush();
      continue;
    }
    const isBlockStart = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(rawLine);
    if (isBlockStart) flush();
    const line = inlineText(
      rawLine
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s*(>\s?)+/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, ''),
    ).trim();
    if (line === '') continue;
    current.push(line);
    if (/^\s*#{1,6}\s/.test(rawLine)) flush();
  }
  flush();
  return paragraphs.join('\n');
}

function inlineText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/^\|\s*|\s*\|$/g, '')
    .replace(/\s*\|\s*/g, ' ');
}

const HAN = /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u;

function joinWrappedLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    const last = joined.at(-1) ?? '';
    const first = line[0] ?? '';
    return HAN.test(last) && HAN.test(first) ? joined + line : `${joined} ${line}`;
  });
}
