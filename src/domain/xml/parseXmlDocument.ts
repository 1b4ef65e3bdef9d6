import { createXmlStreamReader } from './createXmlStreamReader';
import type { XmlElement } from './xmlNode';

/** Reads a whole (small) XML document into a tree, with the refusals of createXmlStreamReader. */
export function parseXmlDocument(text: string): XmlElement {
  let root: XmlElement | undefined;
  const reader = createXmlStreamReader({
    collect: (_start, ancestors) => ancestors.length === 0,
    onElement: (element) => {
      root = element;
    },
  });
  reader.write(text);
  reader.close();
  if (root === undefined) throw new Error('parseXmlDocument: the reader closed without a root');
  return root;
}
