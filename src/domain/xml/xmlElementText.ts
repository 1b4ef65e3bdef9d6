import { escapeXmlAttribute } from './escapeXmlAttribute';

/**
 * `<name attributes…>content</name>`, or `<name …/>` when content is ''; `content` is XML already
 * (escape text with escapeXmlText). Attributes whose value is undefined are left out.
 */
export function xmlElementText(
  name: string,
  attributes: Readonly<Record<string, string | undefined>>,
  content = '',
): string {
  let start = `<${name}`;
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value !== undefined) start += ` ${attribute}="${escapeXmlAttribute(value)}"`;
  }
  return content === '' ? `${start}/>` : `${start}>${content}</${name}>`;
}
