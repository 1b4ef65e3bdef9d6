import type { XmlElement } from './xmlNode';

/** The child elements of `element`, only those named `name` when it is given (local names). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && (name === undefined || child.name === name),
  );
}
