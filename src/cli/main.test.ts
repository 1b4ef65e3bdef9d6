import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const fixtures = 'test/fixtures/alignment';
const projectRoot = new URL('../../', import.meta.url);

async function bitext(
  ...argumentList: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/main.ts', ...argumentList],
      { cwd: projectRoot },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; code: number };
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}

describe('bitext command line', () => {
  it('prints one bead a line as the gold files do, paragraphs included', async () => {
    const result = await bitext(
      'align',
      `${fixtures}/paragraphs.zh.txt`,
      `${fixtures}/paragraphs.en.txt`,
      '--presplit',
    );
    expect(result.stdout).toBe(
      readFileSync(new URL(`${fixtures}/paragraphs.align`, projectRoot), 'utf8'),
    );
    expect(result.code).toBe(0);
  });

  it('prints tsv and json with the sentences of each bead', async () => {
    const files = [`${fixtures}/evidence.zh.txt`, `${fixtures}/evidence.en.txt`, '--presplit'];
    const [tsv, json] = await Promise.all([
      bitext('align', ...files, '--format', 'tsv'),
      bitext('align', ...files, '--format=json'),
    ]);
    expect(tsv.stdout.split('\n')[0]).toBe(
      '李金碧在2022年来到上海。\tLi Jinbi came to Shanghai in 2022.',
    );
    expect(tsv.stdout.split('\n')[2]).toBe('我们的狗和猫每天在花园里喝水休息。\t');
    const parsed: unknown = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({
      sourceCount: 8,
      targetCount: 6,
      beads: expect.arrayContaining([
        expect.objectContaining({ source: [0], target: [0], confidence: expect.any(Number) }),
      ]),
    });
  });

  it('segments a text into one sentence a line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'bitext-'));
    writeFileSync(join(directory, 'text.txt'), '他来了。她走了！\n\n第二段。\n');
    const result = await bitext('segment', join(directory, 'text.txt'), '--lang', 'zh');
    expect(result.stdout).toBe('他来了。\n她走了！\n\n第二段。\n');
  });

  it('reads Latin-1 English as Windows-1252 and says so on standard error', async () => {
    const result = await bitext('segment', 'test/fixtures/text/en-latin1.txt', '--lang', 'en');
    expect(result.stdout).toMatch(/^Cafés were full\.\nThe naïve man/);
    expect(result.stderr).toMatch(/en-latin1\.txt was read as Windows-1252/);
    expect(result.code).toBe(0);
  });

  it('prints its usage on --help, to standard output, and succeeds', async () => {
    const result = await bitext('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/bitext align SOURCE TARGET/);
    expect(result.stderr).toBe('');
  });

  it.each([
    ['an unknown command', ['frobnicate'], 2, /Unknown command "frobnicate"/],
    [
      'a missing file',
      ['align', 'no-such-file.txt', `${fixtures}/evidence.en.txt`],
      1,
      /Cannot read no-such-file.txt: no such file/,
    ],
    [
      'an unknown format',
      ['align', `${fixtures}/evidence.zh.txt`, `${fixtures}/evidence.en.txt`, '--format', 'xml'],
      2,
      /--format must be/,
    ],
    [
      'an unknown option',
      ['align', `${fixtures}/evidence.zh.txt`, `${fixtures}/evidence.en.txt`, '--fast'],
      2,
      /Unknown option --fast/,
    ],
    ['an empty file', ['segment', '/dev/null', '--lang', 'zh'], 1, /empty/],
    [
      'a Japanese file',
      ['segment', 'test/fixtures/text/ja-shift-jis.txt', '--lang', 'zh'],
      1,
      /ja-shift-jis\.txt: The file looks like Japanese text in Shift_JIS/,
    ],
    ['a missing language', ['segment', `${fixtures}/evidence.zh.txt`], 2, /--lang zh or en/],
  ])('fails with a clear message on %s', async (_name, argumentList, code, message) => {
    const result = await bitext(...argumentList);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
