import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XmlElement, XmlNode, XmlStartTag } from './xmlNode';
import { XmlReadError, type XmlReadErrorCode } from './XmlReadError';

export interface XmlStreamHandlers {
  /** Whether to read this element whole (it and everything inside it), given the elements around it. */
  readonly collect: (start: XmlStartTag, ancestors: readonly XmlStartTag[]) => boolean;
  /** An element `collect` asked for, read whole; `ancestors` are the open elements around it. */
  readonly onElement: (element: XmlElement, ancestors: readonly XmlStartTag[]) => void;
  /** The start of an element that is not collected nor inside a collected one. */
  readonly onStart?: (start: XmlStartTag, ancestors: readonly XmlStartTag[]) => void;
}

export interface XmlStreamReader {
  /** Reads the next piece of the document; throws an XmlReadError as soon as it is refused. */
  write(chunk: string): void;
  /** Ends the document: throws when it is incomplete. */
  close(): void;
}

interface OpenElement {
  readonly start: XmlStartTag;
  readonly children: XmlNode[];
  readonly isCollected: boolean;
}

/**
 * A streaming XML 1.0 reader that refuses what an exchange file never needs and an attacker uses:
 * any DOCTYPE (so no entity is ever declared, let alone expanded), references to entities other
 * than the five predefined ones, characters XML forbids. Elements are read whole only where
 * `collect` asks, so a file of any length is read in memory proportional to one unit.
 */
export function createXmlStreamReader(handlers: XmlStreamHandlers): XmlStreamReader {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: OpenElement[] = [];
  const ancestors: XmlStartTag[] = [];
  let sawRoot = false;
  let pendingStart: { line: number; column: number } = { line: 1, column: 1 };

  const fail = (
    code: XmlReadErrorCode,
    detail: string,
    line = parser.line,
    column = parser.column + 1,
  ) => {
    throw new XmlReadError(code, line, column, detail);
  };

  parser.on('error', (error) => {
    const detail = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    fail(errorCode(detail), detail);
  });
  parser.on('doctype', (doctype) => {
    const newlines = doctype.split('\n').length - 1;
    const doctypeLine = parser.line - newlines;
    const entityIndex = doctype.search(/<!ENTITY/);
    if (entityIndex >= 0) {
      const before = doctype.slice(0, entityIndex);
      const beforeLines = before.split('\n');
      const line = doctypeLine + beforeLines.length - 1;
      const column =
        beforeLines.length > 1 ? (beforeLines.at(-1)?.length ?? 0) + 1 : parser.column + 1;
      fail('entityDeclaration', '', line, column);
    }
    fail('doctype', '', doctypeLine, newlines === 0 ? parser.column - doctype.length - 9 : 1);
  });
  parser.on('opentagstart', () => {
    pendingStart = { line: parser.line, column: parser.column + 1 };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    sawRoot = true;
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = attribute.value;
    const start: XmlStartTag = {
      name: tag.local,
      namespace: tag.uri,
      attributes,
      line: pendingStart.line,
      column: pendingStart.column,
    };
    const parent = open.at(-1);
    const isCollected = parent?.isCollected === true || handlers.collect(start, ancestors);
    if (!isCollected) handlers.onStart?.(start, ancestors);
    open.push({ start, children: [], isCollected });
    ancestors.push(start);
  });
  parser.on('closetag', () => {
    const element = open.pop();
    ancestors.pop();
    if (element === undefined || !element.isCollected) return;
    const whole: XmlElement = { ...element.start, children: element.children };
    const parent = open.at(-1);
    if (parent?.isCollected === true) parent.children.push(whole);
    else handlers.onElement(whole, ancestors);
  });
  const addText = (text: string) => {
    const parent = open.at(-1);
    if (parent?.isCollected !== true) return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  return {
    write(chunk) {
      parser.write(chunk);
    },
    close() {
      parser.close();
      if (!sawRoot) fail('noRootElement', '');
    },
  };
}

function errorCode(detail: string): XmlReadErrorCode {
  if (/undefined entity/i.test(detail)) return 'undefinedEntity';
  if (/disallowed character/i.test(detail)) return 'disallowedCharacter';
  if (/must contain a root element/i.test(detail)) return 'noRootElement';
  return 'malformed';
}
