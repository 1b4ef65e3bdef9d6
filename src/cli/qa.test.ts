import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBitext as bitext } from './testing/runBitext';

const projectRoot = new URL('../../', import.meta.url);

const sample = ['corpus/shanxi/zh.sentences.txt', 'corpus/shanxi/en.sentences.txt'];

function changedEnglish(change: (text: string) => string): string {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-qa-'));
  const english = readFileSync(new URL(sample[1] ?? '', projectRoot), 'utf8');
  writeFileSync(join(folder, 'en.txt'), change(english));
  return join(folder, 'en.txt');
}

describe('bitext qa', () => {
  it('exits 0 and prints nothing on the sample with its glossary', async () => {
    const result = await bitext('qa', ...sample, '--presplit', '--glossary', 'corpus/glossary.tsv');
    expect([result.stdout, result.code]).toEqual(['', 0]);
  });

  it('prints LINE, CHECK and DETAIL per finding and exits 1', async () => {
    const english = changedEnglish((text) =>
      text
        .replace('On July 28,', 'On July 27,')
        .replace('the "Six Major Initiatives,"', 'the the six actions，'),
    );
    const result = await bitext(
      'qa',
      sample[0] ?? '',
      english,
      '--presplit',
      '--glossary=corpus/glossary.tsv',
    );
    expect(result.stdout).toBe(
      [
        '8\tchinese-punctuation\tChinese or full-width "，" in the English',
        '8\tdoubled-word\t"the" twice in a row',
        '8\tterm-missing\t六大行动: expected "Six Major Initiatives"',
        '16\tnumbers\t28 (28) of the source is not in the translation',
        '16\tnumbers\t27 is not in the source',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });

  it('runs without a glossary, and then has no term checks', async () => {
    const english = changedEnglish((text) =>
      text.replace('the "Six Major Initiatives,"', 'six actions,'),
    );
    expect(await bitext('qa', sample[0] ?? '', english, '--presplit')).toMatchObject({
      stdout: '',
      code: 0,
    });
  });

  it.each([
    [['qa'], /qa needs a SOURCE and a TARGET/],
    [['qa', 'a.txt'], /qa needs a SOURCE and a TARGET/],
    [['qa', 'a.txt', 'b.txt', '--nonsense'], /nonsense/],
  ])('exits 2 with its usage for %j', async (argumentList, message) => {
    const result = await bitext(...argumentList);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: bitext qa SOURCE TARGET/);
  });

  it('describes itself and every check under --help', async () => {
    const result = await bitext('qa', '--help');
    expect(result.code).toBe(0);
    for (const check of ['numbers', 'chinese-punctuation', 'length-ratio', 'term-missing'])
      expect(result.stdout).toContain(check);
  });
});
