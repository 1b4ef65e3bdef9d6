import { escapeXmlText } from './escapeXmlText';
import type { XmlNode } from './xmlNode';
import { xmlElementText } from './xmlElementText';

/**
 * A node read by our reader written back as XML, with its local name (the reader does not keep
 * prefixes: write it where its namespace is the default one).
 */
export function serializeXmlNode(node: XmlNode): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const attributes = Object.fromEntries(
    Object.entries(node.attributes).filter(
      ([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'),
    ),
  );
  return xmlElementText(node.name, attributes, node.children.map(serializeXmlNode).join(''));
}
