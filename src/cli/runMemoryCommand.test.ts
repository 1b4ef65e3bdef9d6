import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBitextTable } from '../domain/exchange/writeBitextTable';
import { writeTmx } from '../domain/exchange/writeTmx';
import { runBitext as bitext } from './testing/runBitext';

let folder = '';

const unit = (source: string, target: string) => ({
  source,
  target,
  status: 'translated' as const,
  note: '',
});

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bitext-tm-'));
  writeFileSync(
    join(folder, 'memory.tmx'),
    writeTmx({
      sourceLang: 'zh-CN',
      targetLang: 'en',
      units: [
        unit('山西省去年完成投资35亿元。', 'Shanxi invested 3.5 billion yuan last year.'),
        unit('山西省今年完成投资35亿元。', 'Shanxi invested 3.5 billion yuan this year.'),
        unit('我们明天去北京看看。', 'We will visit Beijing tomorrow.'),
        unit('山西省今年完成投资48亿元。', 'Shanxi invested\t4.8 billion\nyuan this year.'),
        unit('没有译文的句子。', ''),
      ],
    }),
  );
  writeFileSync(
    join(folder, 'memory.tsv'),
    writeBitextTable(
      {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [unit('我们明天去北京看看。', 'We will visit Beijing tomorrow.')],
      },
      'tsv',
    ),
  );
  writeFileSync(join(folder, 'broken.tmx'), '<tmx version="1.4"><header srclang="zh"><body>');
});

describe('bitext tm lookup', () => {
  it('prints the matches best first, exact first, one line each', async () => {
    const result = await bitext(
      'tm',
      'lookup',
      join(folder, 'memory.tmx'),
      '山西省今年完成投资35亿元。',
    );
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '100\t山西省今年完成投资35亿元。\tShanxi invested 3.5 billion yuan this year.\n' +
        '97\t山西省今年完成投资48亿元。\tShanxi invested 4.8 billion yuan this year.\n' +
        '91\t山西省去年完成投资35亿元。\tShanxi invested 3.5 billion yuan last year.\n',
    });
  });

  it('reads a TSV memory too', async () => {
    const result = await bitext('tm', 'lookup', join(folder, 'memory.tsv'), '我们明天去上海看看。');
    expect(result.stdout).toBe('78\t我们明天去北京看看。\tWe will visit Beijing tomorrow.\n');
  });

  it('leaves out matches under --min', async () => {
    const result = await bitext(
      'tm',
      'lookup',
      join(folder, 'memory.tmx'),
      '山西省今年完成投资35亿元。',
      '--min',
      '95',
    );
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('refuses a malformed memory with exit 1 and a wrong usage with exit 2', async () => {
    const broken = await bitext('tm', 'lookup', join(folder, 'broken.tmx'), '句子');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^bitext: Cannot read the memory .*broken\.tmx: line 1/);
    expect((await bitext('tm', 'lookup', join(folder, 'memory.tmx'))).code).toBe(2);
    expect(
      (await bitext('tm', 'lookup', join(folder, 'memory.tmx'), '句子', '--min', 'x')).code,
    ).toBe(2);
    const missing = await bitext('tm', 'lookup', join(folder, 'nowhere.tmx'), '句子');
    expect(missing.code).toBe(1);
  });
});
