import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExchangeFormatError } from './ExchangeFormatError';
import type { ExchangeDocument } from './exchangeUnit';
import { readXliff2 } from './readXliff2';
import { arbitraryExchangeDocument } from './testing/arbitraryExchangeDocument';
import { comparableDocument } from './testing/comparableDocument';
import { validateWithXmllint } from './testing/validateWithXmllint';
import { withoutGeneratedIds } from './testing/withoutGeneratedIds';
import { writeXliff2 } from './writeXliff2';

const sample: ExchangeDocument = {
  sourceLang: 'zh-CN',
  targetLang: 'en',
  units: [
    {
      id: 'a b',
      file: 'a.txt',
      source: '高校<&>',
      target: 'universities "x"',
      status: 'draft',
      note: 'n & m',
      author: '李雷',
      changedAt: Date.UTC(2026, 0, 2),
    },
    { file: 'a.txt', source: '山西', target: '', status: 'new', note: '' },
    {
      file: 'b.txt',
      source: '点这里',
      target: 'Click here',
      targetCodes: [
        { offset: 6, code: { kind: 'open', id: '1', code: '<b>' } },
        { offset: 10, code: { kind: 'close', id: '1', code: '</b>' } },
        { offset: 10, code: { kind: 'placeholder', id: '', code: '' } },
        { offset: 0, code: { kind: 'close', id: '9', code: '</i>' } },
      ],
      status: 'approved',
      note: '',
    },
    { file: 'b.txt', source: '控制\u0001字符', target: 'x', status: 'reviewed', note: '' },
  ],
};

async function refusal(text: string): Promise<unknown> {
  try {
    await readXliff2(text);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('writeXliff2 and readXliff2', () => {
  it('read back every unit, status, note, author, date and inline code', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryExchangeDocument({ withCodes: true }), async (document) => {
        const read = withoutGeneratedIds(await readXliff2(writeXliff2(document)), document);
        expect(comparableDocument(read)).toEqual(comparableDocument(document));
      }),
    );
  });

  it('writes files that the XLIFF 2.0 schema accepts', () => {
    expect(validateWithXmllint('xliff2', writeXliff2(sample))).toBe('');
    fc.assert(
      fc.property(arbitraryExchangeDocument({ withCodes: true }), (document) => {
        expect(validateWithXmllint('xliff2', writeXliff2(document))).toBe('');
      }),
      { numRuns: 15 },
    );
  });

  it('puts state on the segment, languages on the root, a file a document, controls as cp', async () => {
    const text = writeXliff2(sample);
    expect(text).toContain('srcLang="zh-CN" trgLang="en"');
    expect(text).toContain('<segment state="initial" subState="bitext:draft">');
    expect(text).toContain('<segment state="final">');
    expect(text).not.toMatch(/<target[^>]* state=/);
    expect(text.match(/<file /g)).toHaveLength(2);
    expect(text).toContain('控制<cp hex="0001"/>字符');
    const read = await readXliff2(text);
    expect(read.units[3]?.source).toBe('控制\u0001字符');
    expect(read.units[0]).toMatchObject({
      id: 'a b',
      author: '李雷',
      file: 'a.txt',
      note: 'n & m',
    });
  });

  it('leaves untranslated units out when asked', async () => {
    const read = await readXliff2(writeXliff2(sample, { includeUntranslated: false }));
    expect(read.units.map((unit) => unit.source)).not.toContain('山西');
  });

  const unit = (target: string) =>
    `<unit id="u1"><segment><source>甲</source>${target}</segment></unit>`;
  const xliff = (attributes: string, units: string) =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${attributes}>\n<file id="f1">\n${units}</file></xliff>`;

  it.each([
    [
      'targets without trgLang',
      xliff('srcLang="zh"', unit('<target>A</target>')),
      'missingAttribute',
      3,
      'trgLang',
    ],
    ['no srcLang', xliff('trgLang="en"', unit('')), 'missingAttribute', 1, 'srcLang'],
    [
      'a target in another language',
      xliff('srcLang="zh" trgLang="en"', unit('<target xml:lang="fr">A</target>')),
      'languageMismatch',
      3,
      'fr',
    ],
    [
      'a unit id used twice',
      xliff('srcLang="zh" trgLang="en"', `${unit('')}\n${unit('')}`),
      'duplicateId',
      4,
      'u1',
    ],
    ['XLIFF 1.2', '<xliff version="1.2"/>', 'wrongRoot', 1, 'xliff'],
  ])('refuses %s, naming the line', async (_name, text, code, line, subject) => {
    const error = await refusal(text);
    expect(error).toBeInstanceOf(ExchangeFormatError);
    expect(error).toMatchObject({ code, line, subject });
  });

  it('refuses a file in other languages than those asked for', async () => {
    await expect(readXliff2(writeXliff2(sample), { sourceLang: 'zh-TW' })).rejects.toMatchObject({
      code: 'languageMismatch',
    });
  });

  it('keeps pc and ph codes with their original data', async () => {
    const text = xliff(
      'srcLang="en" trgLang="zh-CN"',
      '<unit id="1"><originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">{0}</data></originalData><segment state="translated"><source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Bold</pc> <ph id="2" dataRef="d3"/></source><target><pc id="1" dataRefStart="d1" dataRefEnd="d2">粗</pc><ph id="2" dataRef="d3"/></target></segment></unit>',
    );
    const [read] = (await readXliff2(text)).units;
    expect(read?.source).toBe('Bold ');
    expect(read?.targetCodes?.map(({ offset, code }) => [offset, code.kind, code.code])).toEqual([
      [0, 'open', '<b>'],
      [1, 'close', '</b>'],
      [1, 'placeholder', '{0}'],
    ]);
    const again = writeXliff2({
      sourceLang: 'en',
      targetLang: 'zh-CN',
      units: read === undefined ? [] : [read],
    });
    expect(validateWithXmllint('xliff2', again)).toBe('');
    expect((await readXliff2(again)).units[0]?.targetCodes?.map(({ code }) => code.code)).toEqual([
      '<b>',
      '</b>',
      '{0}',
    ]);
  });
});
