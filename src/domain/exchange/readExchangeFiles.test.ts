import { describe, expect, it } from 'vitest';
import { readExchangeFiles } from './readExchangeFiles';
import { writeTmx } from './writeTmx';

const tmxOf = (sourceLang: string, targetLang: string) =>
  writeTmx({
    sourceLang,
    targetLang,
    units: [{ source: '山西。', target: 'Shanxi.', status: 'translated', note: '' }],
  });
const project = { sourceLang: 'zh', targetLang: 'en' };

describe('readExchangeFiles', () => {
  it.each(['zh', 'zh-CN', 'zh_CN', 'ZH-CN', 'zh-Hans'])(
    'takes a TMX in %s for a zh project',
    async (tag) => {
      const read = await readExchangeFiles([{ name: 'a.tmx', text: tmxOf(tag, 'en-US') }], project);
      expect(read).toMatchObject({
        kind: 'parallel',
        format: 'tmx',
        document: { units: [{ target: 'Shanxi.' }] },
      });
    },
  );

  it.each(['zh-TW', 'zh-Hant'])('refuses a TMX in %s for a zh project', async (tag) => {
    await expect(
      readExchangeFiles([{ name: 'a.tmx', text: tmxOf(tag, 'en') }], project),
    ).rejects.toMatchObject({ name: 'ExchangeFormatError', code: 'languageMismatch' });
  });

  it('reads a Moses pair in either order, by the languages of its names', async () => {
    const read = await readExchangeFiles(
      [
        { name: 'news.en', text: 'One.\nTwo.\n' },
        { name: 'news.zh', text: '一。\n二。\n' },
      ],
      project,
    );
    expect(read).toMatchObject({
      kind: 'parallel',
      format: 'moses',
      document: {
        sourceLang: 'zh',
        units: [{ source: '一。', target: 'One.' }, { source: '二。' }],
      },
    });
  });

  it.each([
    ['one side of a Moses pair', [{ name: 'news.zh', text: '一。\n' }], 'mosesPair'],
    ['a termbase', [{ name: 't.tbx', text: '<tbx type="TBX-Basic"/>' }], 'termbase'],
    ['a text of no known format', [{ name: 'a.txt', text: 'hello' }], 'unknownFormat'],
    [
      'three files',
      [
        { name: 'a.zh', text: '' },
        { name: 'a.en', text: '' },
        { name: 'a.fr', text: '' },
      ],
      'tooManyFiles',
    ],
  ])('refuses %s', async (_, files, code) => {
    await expect(readExchangeFiles(files, project)).rejects.toMatchObject({
      name: 'ExchangeFileError',
      code,
    });
  });

  it('refuses a billion-laughs TMX without expanding it, naming the line', async () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('\n')}\n]>\n<tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&lol9;</seg></tuv></tu></body></tmx>`;
    await expect(
      readExchangeFiles([{ name: 'lol.tmx', text: laughs }], project),
    ).rejects.toMatchObject({
      name: 'XmlReadError',
      code: 'entityDeclaration',
      line: 3,
    });
  });

  it('reads a project bundle', async () => {
    const bundle =
      '{\n"format": "bitext-workbench-project",\n"version": 1,\n"project": {"id":"p","name":"P","sourceLang":"zh","targetLang":"en"},\n"stores": {}\n}\n';
    expect(await readExchangeFiles([{ name: 'p.json', text: bundle }])).toMatchObject({
      kind: 'bundle',
      bundle: { project: { name: 'P' } },
    });
  });
});
