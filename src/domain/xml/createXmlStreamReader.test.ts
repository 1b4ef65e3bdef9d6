import { describe, expect, it } from 'vitest';
import { parseXmlDocument } from './parseXmlDocument';
import { readXmlStream } from './readXmlStream';
import type { XmlElement } from './xmlNode';
import { XmlReadError } from './XmlReadError';

function refusal(text: string): XmlReadError {
  try {
    parseXmlDocument(text);
  } catch (error) {
    if (error instanceof XmlReadError) return error;
    throw error;
  }
  throw new Error('the document was read');
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('\n ')}
]>
<lolz>&lol9;</lolz>`;

describe('createXmlStreamReader', () => {
  it('reads elements, attributes by their written names, text, CDATA and character references', () => {
    const root = parseXmlDocument(
      '<?xml version="1.0"?>\n<a xmlns="urn:x" xml:lang="zh-CN"><b k="&quot;1&quot;">甲&amp;<![CDATA[<乙>]]>&#x1F600;</b></a>',
    );
    expect(root.name).toBe('a');
    expect(root.namespace).toBe('urn:x');
    expect(root.attributes['xml:lang']).toBe('zh-CN');
    const child = root.children[0] as XmlElement;
    expect(child.attributes['k']).toBe('"1"');
    expect(child.children).toEqual(['甲&<乙>😀']);
    expect(child.line).toBe(2);
  });

  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx/>', 'doctype', 2],
    [
      'an entity declaration',
      '<!DOCTYPE a [\n<!ENTITY e "x">\n]>\n<a>&e;</a>',
      'entityDeclaration',
      2,
    ],
    ['a billion laughs', billionLaughs, 'entityDeclaration', 3],
    [
      'an external entity',
      '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
      'entityDeclaration',
      1,
    ],
    ['an undefined entity', '<a>\n&nbsp;</a>', 'undefinedEntity', 2],
    ['a control character', '<a>\n\n x\u0001</a>', 'disallowedCharacter', 3],
    ['an unclosed element', '<a>\n<b>\n</a>', 'malformed', 3],
    ['a second root', '<a/>\n<b/>', 'malformed', 2],
    ['text only', 'hello', 'malformed', 1],
    ['nothing', '', 'noRootElement', 1],
  ])('refuses %s with its code and line', (_name, text, code, line) => {
    const error = refusal(text);
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
    expect(error.column).toBeGreaterThanOrEqual(1);
  });

  it('never expands an entity: a billion laughs is refused before any element is read', async () => {
    const elements: XmlElement[] = [];
    await expect(
      readXmlStream(billionLaughs, {
        collect: () => true,
        onElement: (element) => elements.push(element),
      }),
    ).rejects.toThrow(XmlReadError);
    expect(elements).toEqual([]);
  });

  it('streams: hands each collected element whole with the elements around it, in any chunking', async () => {
    const text =
      '<r v="1"><h>x</h><body><u id="1"><s>一</s></u><u id="2"><s>二😀</s></u></body></r>';
    const seen: string[] = [];
    const pieces = Array.from(text);
    await readXmlStream(pieces, {
      collect: (start) => start.name === 'u' || start.name === 'h',
      onElement: (element, ancestors) =>
        seen.push(
          `${ancestors.map((a) => a.name).join('/')}:${element.name}${element.attributes['id'] ?? ''}`,
        ),
    });
    expect(seen).toEqual(['r:h', 'r/body:u1', 'r/body:u2']);
  });

  it('reports progress by characters read', async () => {
    const text = `<r>${'<u>甲</u>'.repeat(20000)}</r>`;
    const progress: number[] = [];
    await readXmlStream(text, { collect: () => false, onElement: () => undefined }, (read) =>
      progress.push(read),
    );
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(text.length);
  });
});
