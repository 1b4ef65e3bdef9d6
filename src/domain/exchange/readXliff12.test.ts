import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SegmentStatus } from '../model';
import { ExchangeFormatError } from './ExchangeFormatError';
import type { ExchangeDocument } from './exchangeUnit';
import { readXliff12 } from './readXliff12';
import { arbitraryExchangeDocument } from './testing/arbitraryExchangeDocument';
import { comparableDocument } from './testing/comparableDocument';
import { readWithTranslateToolkit } from './testing/readWithTranslateToolkit';
import { withoutGeneratedIds } from './testing/withoutGeneratedIds';
import { writeXliff12 } from './writeXliff12';

const statuses: SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'approved'];
const sample: ExchangeDocument = {
  sourceLang: 'zh-CN',
  targetLang: 'en',
  units: statuses.map((status, index) => ({
    id: `s${index}`,
    file: 'a.txt',
    source: `高校${index} <&> "引号"`,
    target: status === 'new' ? '' : `universities ${index} 😀 𠀋`,
    status,
    note: index === 2 ? 'a note & <more>' : '',
  })),
};

describe('writeXliff12 and readXliff12', () => {
  it('read back every unit, status, note and inline code (XLIFF 1.2 has no author or dates)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryExchangeDocument({ withCodes: true }), async (document) => {
        const read = withoutGeneratedIds(await readXliff12(writeXliff12(document)), document);
        const without = ['author', 'createdAt', 'changedAt'] as const;
        expect(comparableDocument(read, { without })).toEqual(
          comparableDocument(document, { without }),
        );
      }),
    );
  });

  it('puts state on the target', () => {
    const text = writeXliff12(sample);
    expect(text).toContain('<target state="needs-review-translation">');
    expect(text).toContain('<target state="signed-off">');
    expect(text.match(/approved="yes"/g)).toHaveLength(3);
    expect(text).toContain('source-language="zh-CN" target-language="en"');
  });

  it('is read back by translate-toolkit with every unit, source, target, note and state', () => {
    const store = readWithTranslateToolkit('xliff12', writeXliff12(sample));
    expect(store.sourceLanguage).toBe('zh-CN');
    expect(store.targetLanguage).toBe('en');
    expect(store.units.map((unit) => [unit.source, unit.target])).toEqual(
      sample.units.map((unit) => [unit.source, unit.target]),
    );
    expect(store.units[2]?.notes).toBe('a note & <more>');
    expect(store.units.map((unit) => unit.isFuzzy)).toEqual([false, true, false, false, false]);
    expect(store.units.map((unit) => unit.state)).toEqual([
      null,
      'needs-review-translation',
      'translated',
      'signed-off',
      'final',
    ]);
    expect(store.units.map((unit) => unit.isTranslated)).toEqual([false, false, true, true, true]);
  });

  it('is read back by translate-toolkit for random text', () => {
    fc.assert(
      fc.property(arbitraryExchangeDocument(), (document) => {
        const store = readWithTranslateToolkit('xliff12', writeXliff12(document));
        expect(store.units.map((unit) => [unit.source, unit.target])).toEqual(
          document.units.map((unit) => [unit.source, unit.target]),
        );
      }),
      { numRuns: 10 },
    );
  });

  it('reads trans-units in groups and states of other tools', async () => {
    const text = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="zh_CN" target-language="en-US" datatype="plaintext"><body><group id="g"><trans-unit id="1"><source>甲</source><target state="needs-adaptation">A</target></trans-unit><trans-unit id="2"><source>乙 <g id="b">粗</g><x id="p"/></source><target>B</target></trans-unit></group></body></file></xliff>`;
    const read = await readXliff12(text, { sourceLang: 'zh-CN', targetLang: 'en' });
    expect(read.units.map((unit) => [unit.source, unit.status])).toEqual([
      ['甲', 'draft'],
      ['乙 粗', 'draft'],
    ]);
    expect(writeXliff12(read)).toContain('<source>乙 <g id="b">粗</g><x id="p"/></source>');
  });

  it.each([
    ['another root', '<tmx/>', 'wrongRoot', 1],
    [
      'a file without source-language',
      '<xliff version="1.2">\n<file original="x"/></xliff>',
      'missingAttribute',
      2,
    ],
    [
      'an id used twice',
      '<xliff version="1.2"><file source-language="zh"><body>\n<trans-unit id="1"><source>a</source></trans-unit>\n<trans-unit id="1"><source>b</source></trans-unit></body></file></xliff>',
      'duplicateId',
      3,
    ],
  ])('refuses %s, naming the line', async (_name, text, code, line) => {
    const error = await readXliff12(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExchangeFormatError);
    expect(error).toMatchObject({ code, line });
  });
});
