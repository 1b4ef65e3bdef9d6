import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand as run, type CommandResult } from './testing/runCommand';

const fixtures = 'test/fixtures/alignment';
const projectRoot = new URL('../../', import.meta.url);
const projectFolder = fileURLToPath(projectRoot);

function bitext(...argumentList: string[]): Promise<CommandResult> {
  return run(process.execPath, ['bin/bitext.js', ...argumentList], projectRoot);
}

/** A folder outside the project holding one Chinese text, to run the command line from. */
function callerFolder(): string {
  const directory = mkdtempSync(join(tmpdir(), 'bitext-caller-'));
  writeFileSync(join(directory, 'text.txt'), '他来了。她走了！\n');
  return directory;
}

/** The environment of a shell outside any npm script, as a user's terminal has. */
function shellEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'INIT_CWD'),
  );
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
      assessment: { looksLikeTranslation: true, languagesSwapped: false, warnings: [] },
      beads: expect.arrayContaining([
        expect.objectContaining({ source: [0], target: [0], confidence: expect.any(Number) }),
      ]),
    });
  });

  it('warns on standard error when the languages are swapped, and still prints the beads', async () => {
    const result = await bitext(
      'align',
      `${fixtures}/evidence.en.txt`,
      `${fixtures}/evidence.zh.txt`,
      '--presplit',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: the SOURCE looks English and the TARGET Chinese/);
    expect(result.stdout.trim().split('\n').length).toBeGreaterThan(0);
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
    ['align --help', ['align', '--help'], 'align', /--presplit/],
    ['align -h after its files', ['align', 'a.txt', 'b.txt', '-h'], 'align', /--glossary/],
    ['help align', ['help', 'align'], 'align', /--without/],
    ['segment --help', ['segment', '--help'], 'segment', /--lang zh\|en/],
    ['--help beside an unknown option', ['segment', '--fast', '--help'], 'segment', /--lang/],
  ])(
    'prints the usage of one command on %s and succeeds',
    async (_name, argumentList, command, option) => {
      const other = command === 'align' ? 'segment' : 'align';
      const result = await bitext(...argumentList);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: bitext ${command} `));
      expect(result.stdout).toMatch(option);
      expect(result.stdout).not.toMatch(`bitext ${other}`);
      expect(result.stderr).toBe('');
    },
  );

  it('reads relative paths from the folder it was run in, through npm from outside the project', async () => {
    const directory = callerFolder();
    const result = await run(
      'npm',
      [
        '--prefix',
        projectFolder,
        'run',
        '-s',
        'bitext',
        '--',
        'segment',
        'text.txt',
        '--lang',
        'zh',
      ],
      directory,
      shellEnvironment(),
    );
    expect(result).toEqual({ stdout: '他来了。\n她走了！\n', stderr: '', code: 0 });
  });

  it('runs from any folder through its bin launcher', async () => {
    const directory = callerFolder();
    const result = await run(
      join(projectFolder, 'bin', 'bitext.js'),
      ['segment', 'text.txt', '--lang', 'zh'],
      directory,
      shellEnvironment(),
    );
    expect(result).toEqual({ stdout: '他来了。\n她走了！\n', stderr: '', code: 0 });
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
    [
      'an unknown option before the files',
      ['align', '--foo', 'a.txt', 'b.txt'],
      2,
      /Unknown option --foo/,
    ],
    ['an unknown option instead of a file', ['align', 'a.txt', '--foo'], 2, /Unknown option --foo/],
    ['an unknown short option', ['segment', 'a.txt', '-x', '--lang', 'zh'], 2, /Unknown option -x/],
    [
      'a value given to a flag',
      ['align', 'a.txt', 'b.txt', '--presplit=yes'],
      2,
      /--presplit takes no value/,
    ],
    ['one file for align', ['align', 'a.txt'], 2, /align needs a SOURCE and a TARGET file/],
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
