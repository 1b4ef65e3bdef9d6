import type { XmlElement } from './xmlNode';

/** All the text inside `element`, its descendants' included, as written. */
export function elementText(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : elementText(child)))
    .join('');
}
