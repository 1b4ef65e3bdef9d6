/** An element's start tag as read: its local name, namespace, attributes and where it began. */
export interface XmlStartTag {
  /** The local name, without a prefix: `tu` for `<tu>`, `unit` for `<x:unit>`. */
  readonly name: string;
  /** The namespace URI the element is in, '' for none. */
  readonly namespace: string;
  /** Attributes by the name written in the file (`xml:lang`, `srclang`). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Where the start tag is, 1-based. */
  readonly line: number;
  readonly column: number;
}

/** An element read whole: its start tag and its children, text as strings. */
export interface XmlElement extends XmlStartTag {
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/** What an XML reader takes: the whole text, or its pieces in order (a stream decoded to text). */
export type XmlInput = string | Iterable<string> | AsyncIterable<string>;
