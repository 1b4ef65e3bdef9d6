import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExchangeFormatError } from './ExchangeFormatError';
import type { ExchangeDocument } from './exchangeUnit';
import { readTmx } from './readTmx';
import { arbitraryExchangeDocument } from './testing/arbitraryExchangeDocument';
import { comparableDocument } from './testing/comparableDocument';
import { readWithTranslateToolkit } from './testing/readWithTranslateToolkit';
import { validateWithXmllint } from './testing/validateWithXmllint';
import { writeTmx } from './writeTmx';

const NOW = Date.UTC(2026, 11, 4, 4, 40, 0);

async function refusal(text: string): Promise<unknown> {
  try {
    await readTmx(text);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('writeTmx and readTmx', () => {
  it('read back every unit, status, note, date, author and inline code', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryExchangeDocument({ withCodes: true }), async (document) => {
        const read = await readTmx(writeTmx(document, { now: NOW }));
        expect(comparableDocument(read)).toEqual(comparableDocument(document));
      }),
    );
  });

  it('writes srclang, the source tuv first, x- props and notes before the tuvs', () => {
    const text = writeTmx(
      {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [
          {
            id: 'u 1',
            source: ' 高校 ',
            target: 'universities',
            status: 'reviewed',
            note: 'n',
            file: 'a.txt',
          },
          { source: '山西', target: '', status: 'new', note: '' },
        ],
      },
      { now: NOW },
    );
    expect(text).toContain('srclang="zh-CN"');
    expect(text).toContain('creationdate="20261204T044000Z"');
    expect(text).toContain(
      '<tu><note>n</note><prop type="x-status">reviewed</prop><prop type="x-document">a.txt</prop><prop type="x-id">u 1</prop><tuv xml:lang="zh-CN"><seg>高校</seg></tuv><tuv xml:lang="en"><seg>universities</seg></tuv></tu>',
    );
    expect(text).toContain('<tuv xml:lang="zh-CN"><seg>山西</seg></tuv></tu>');
  });

  it('leaves untranslated units out when asked', async () => {
    const document = {
      sourceLang: 'zh-CN',
      targetLang: 'en',
      units: [
        { source: '甲', target: 'A', status: 'translated' as const, note: '' },
        { source: '乙', target: '', status: 'new' as const, note: '' },
      ],
    };
    const read = await readTmx(writeTmx(document, { includeUntranslated: false }));
    expect(read.units.map((unit) => unit.source)).toEqual(['甲']);
  });

  it('keeps TMX inline codes exactly as read', async () => {
    const seg =
      'Click <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> <ph x="2" type="image">&lt;img/&gt;</ph><hi x="3">now</hi>';
    const text = `<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="zh-CN"><seg>点这里</seg></tuv></tu></body></tmx>`;
    const read = await readTmx(text);
    expect(read.units[0]?.source).toBe('Click here now');
    expect(
      read.units[0]?.sourceCodes?.map(({ offset, code }) => [offset, code.kind, code.code]),
    ).toEqual([
      [6, 'open', '<b>'],
      [10, 'close', '</b>'],
      [11, 'placeholder', '<img/>'],
      [11, 'open', ''],
      [14, 'close', ''],
    ]);
    expect(writeTmx(read)).toContain(`<seg>${seg}</seg>`);
  });

  it('matches languages leniently and takes the one asked for', async () => {
    const tu = (source: string) =>
      `<tu><tuv xml:lang="${source}"><seg>甲</seg></tuv><tuv lang="zh-TW"><seg>甲繁</seg></tuv><tuv xml:lang="EN-us"><seg>A</seg></tuv></tu>`;
    const text = `<tmx version="1.4"><header srclang="zh-CN"/><body>${tu('zh_CN')}${tu('ZH-cn')}</body></tmx>`;
    const simplified = await readTmx(text, { targetLang: 'en' });
    expect(simplified.units.map((unit) => [unit.source, unit.target])).toEqual([
      ['甲', 'A'],
      ['甲', 'A'],
    ]);
    const traditional = await readTmx(text, { sourceLang: 'zh-Hant', targetLang: 'en' });
    expect(traditional.units[0]?.source).toBe('甲繁');
    const onlyTraditional = text.replace(/xml:lang="(zh_CN|ZH-cn)"/g, 'xml:lang="ja"');
    expect(await refusal(onlyTraditional)).toMatchObject({ code: 'languageMismatch', line: 1 });
  });

  it('reports progress while streaming many units', async () => {
    const tu =
      '<tu><tuv xml:lang="zh-CN"><seg>甲</seg></tuv><tuv xml:lang="en"><seg>A</seg></tuv></tu>';
    const pieces = [
      '<tmx version="1.4"><header srclang="zh-CN"/><body>',
      ...Array.from({ length: 2000 }, () => tu),
      '</body></tmx>',
    ];
    const progress: number[] = [];
    const read = await readTmx(pieces, { onProgress: (count) => progress.push(count) });
    expect(read.units).toHaveLength(2000);
    expect(progress).toEqual([500, 1000, 1500, 2000, 2000]);
  });

  it.each([
    ['another root', '<xliff/>', 'wrongRoot', 1],
    ['no header', '<tmx version="1.4">\n<body/></tmx>', 'missingElement', 2],
    [
      'a tuv without seg',
      '<tmx><header srclang="zh"/><body>\n<tu><tuv xml:lang="zh">\n</tuv></tu></body></tmx>',
      'missingSegment',
      2,
    ],
  ])('refuses %s, naming the line', async (_name, text, code, line) => {
    const error = await refusal(text);
    expect(error).toBeInstanceOf(ExchangeFormatError);
    expect(error).toMatchObject({ code, line });
  });
});

describe('writeTmx, checked by readers that are not ours', () => {
  const sample: ExchangeDocument = {
    sourceLang: 'zh-CN',
    targetLang: 'en',
    units: [
      {
        id: 'a1',
        source: '高校 <&> "引号"',
        target: 'universities 😀',
        status: 'reviewed',
        note: 'n & <m>',
        author: '李雷',
        changedAt: NOW,
      },
      { source: '山西', target: '', status: 'new', note: '' },
      {
        source: '点这里',
        target: 'Click here',
        status: 'approved',
        note: '',
        targetCodes: [
          { offset: 6, code: { kind: 'open', id: '1', code: '<b>' } },
          { offset: 10, code: { kind: 'close', id: '1', code: '</b>' } },
          { offset: 10, code: { kind: 'close', id: '7', code: '</i>' } },
          { offset: 0, code: { kind: 'placeholder', id: '', code: '{0}' } },
        ],
      },
    ],
  };

  it('validate against the TMX 1.4b DTD', () => {
    expect(validateWithXmllint('tmx', writeTmx(sample, { now: NOW }))).toBe('');
    fc.assert(
      fc.property(arbitraryExchangeDocument({ withCodes: true }), (document) => {
        expect(validateWithXmllint('tmx', writeTmx(document, { now: NOW }))).toBe('');
      }),
      { numRuns: 15 },
    );
  });

  it('keep the rules the DTD cannot check: xml:lang only, seg without white space at its ends, tuid without spaces', () => {
    const text = writeTmx(
      {
        ...sample,
        units: [
          { id: 'has space', source: '  甲\n', target: '\tA ', status: 'translated', note: '' },
        ],
      },
      { now: NOW },
    );
    expect(text).not.toMatch(/\slang=/);
    expect(text).toContain('<seg>甲</seg>');
    expect(text).toContain('<seg>A</seg>');
    expect(text).not.toContain('tuid=');
    expect(text).toMatch(/<header[^>]*srclang="zh-CN"/);
  });

  it('are read back by translate-toolkit with every unit, its source first, target and note', () => {
    const store = readWithTranslateToolkit('tmx', writeTmx(sample, { now: NOW }));
    expect(store.units.map((unit) => [unit.source, unit.target])).toEqual([
      ['高校 <&> "引号"', 'universities 😀'],
      ['山西', ''],
      ['点这里', '{0}Click <b>here</b></i>'],
    ]);
    expect(store.units[0]?.notes).toBe('n & <m>');
  });

  it('are read back by translate-toolkit for random text', () => {
    fc.assert(
      fc.property(arbitraryExchangeDocument(), (document) => {
        const store = readWithTranslateToolkit('tmx', writeTmx(document, { now: NOW }));
        expect(store.units.map((unit) => [unit.source, unit.target])).toEqual(
          document.units.map((unit) => [unit.source.trim(), unit.target.trim()]),
        );
      }),
      { numRuns: 10 },
    );
  });
});
